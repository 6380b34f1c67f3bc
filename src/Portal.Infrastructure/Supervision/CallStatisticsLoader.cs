namespace Portal.Infrastructure.Supervision;

using Microsoft.EntityFrameworkCore;
using Portal.Domain.Sessions;
using Portal.Infrastructure.Calls;
using Portal.Infrastructure.Data;

/// <summary>Today's figures up to a moment, read from the call log and the agent log (once, at start-up).</summary>
public sealed class CallStatisticsLoader(IDbContextFactory<PortalDbContext> contexts)
{
    private static readonly string[] NotTalked =
        [nameof(CallEndReason.Busy), nameof(CallEndReason.NoAnswer), nameof(CallEndReason.Dropped)];

    private static readonly string ManualDirection = CallDirection.Manual.ToString().ToUpperInvariant();
    private static readonly string DispoState = AgentState.Dispo.ToVicidialName();

    /// <summary>Whether an ended call was a conversation (counts for talk time): answered, not busy or unanswered.</summary>
    public static bool Talked(CallEnded ended) =>
        !ended.Call.Has(CallFlags.Ringing) && !NotTalked.Contains(ended.Reason.ToString());

    public async Task<LoadedFigures> LoadAsync(DateTimeOffset from, DateTimeOffset until, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var calls = await db.CallLog.AsNoTracking()
            .Where(c => c.StartedAt >= from && c.StartedAt < until)
            .Select(c => new { c.AgentUser, c.CampaignId, c.Direction, c.EndedAt, c.EndReason, c.TalkSeconds })
            .ToListAsync(cancellationToken);
        var wrapUps = await db.AgentLog.AsNoTracking()
            .Where(a => a.State == DispoState && a.EndedAt >= from && a.EndedAt < until)
            .Select(a => new { a.CampaignId, a.DurationSeconds })
            .ToListAsync(cancellationToken);

        var campaigns = new Dictionary<string, CallFigures>(StringComparer.Ordinal);
        void Add(string campaign, CallFigures figures) =>
            campaigns[campaign] = (campaigns.GetValueOrDefault(campaign) ?? CallFigures.None).Plus(figures);

        foreach (var call in calls)
        {
            var talked = call.EndedAt < until && call.TalkSeconds > 0 && !NotTalked.Contains(call.EndReason);
            // A manual call is answered once the customer picks up; one still live may not have been.
            var answered = call.Direction != ManualDirection || talked;
            Add(call.CampaignId, CallFigures.None with
            {
                Answered = answered ? 1 : 0,
                Talks = talked ? 1 : 0,
                TalkSeconds = talked ? call.TalkSeconds : 0,
            });
        }

        foreach (var wrapUp in wrapUps)
        {
            Add(wrapUp.CampaignId, CallFigures.None with { WrapUps = 1, WrapUpSeconds = wrapUp.DurationSeconds });
        }

        var agents = calls.GroupBy(c => c.AgentUser, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        return new LoadedFigures(campaigns, agents);
    }
}
