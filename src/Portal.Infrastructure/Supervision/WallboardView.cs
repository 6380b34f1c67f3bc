namespace Portal.Infrastructure.Supervision;

using Portal.Infrastructure.Calls;

/// <summary>What one supervisor may see right now: live agents, waiting calls and today's call figures per campaign.</summary>
public sealed record WallboardView(
    IReadOnlyList<WallboardRow> Agents, IReadOnlyList<TrackedCall> Queue, IReadOnlyDictionary<string, CallFigures> CallsByCampaign)
{
    public static readonly WallboardView Empty = new([], [], new Dictionary<string, CallFigures>());

    /// <summary>Today's figures of the campaigns in the view, added up.</summary>
    public CallFigures Calls => CallsByCampaign.Values.Aggregate(CallFigures.None, (sum, f) => sum.Plus(f));
}
