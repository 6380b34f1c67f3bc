namespace Portal.Infrastructure.Supervision;

using Portal.Domain.Sessions;
using Portal.Infrastructure.Calls;

/// <summary>The wallboard's tiles: agents by state, calls waiting per queue, today's call figures.</summary>
public sealed record WallboardSummary(
    int LoggedIn, int Ready, int InCall, int Paused, int InDisposition, IReadOnlyList<QueueSummary> Queues, CallFigures Calls)
{
    public static WallboardSummary Of(WallboardView view)
    {
        var states = view.Agents.Select(a => a.Session.State).ToList();
        var queues = view.Queue
            .GroupBy(QueueName, StringComparer.Ordinal)
            .Select(g => new QueueSummary(g.Key, g.Count(), g.Min(c => c.ArrivedAt)))
            .OrderBy(q => q.Queue, StringComparer.Ordinal)
            .ToList();
        return new WallboardSummary(
            states.Count,
            states.Count(s => s == AgentState.Ready),
            states.Count(s => s is AgentState.InCall or AgentState.Queue),
            states.Count(s => s == AgentState.Paused),
            states.Count(s => s == AgentState.Dispo),
            queues,
            view.Calls);
    }

    /// <summary>The in-group of a waiting call; answered dialer calls wait in their campaign's queue.</summary>
    public static string QueueName(TrackedCall call) => call.InGroupId ?? $"{call.CampaignId} (dialer)";
}
