namespace Portal.Infrastructure.Reports.AgentTime;

using Microsoft.EntityFrameworkCore;
using Portal.Domain.Sessions;
using Portal.Infrastructure.Data;
using Portal.Infrastructure.Sessions;
using Portal.Infrastructure.Supervision;

/// <summary>
/// Builds the agent time report from the agent log (one row per finished stretch in a state), the live sessions (the
/// stretch an agent is in right now counts up to now) and the call log (calls and their dispositions). Stretches that
/// cross midnight count only their part inside the day. Only agents and campaigns in the viewer's scope appear.
/// </summary>
public sealed class AgentTimeReport(
    IDbContextFactory<PortalDbContext> contexts, ReportAccess access, SessionRuntime sessions, AgentDirectory directory, TimeProvider time) : IAgentTimeReport
{
    public async Task<AgentTimeSheet> ForDayAsync(string viewer, AgentTimeFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var scope = await access.ScopeForAsync(viewer, cancellationToken);
        var (start, end) = ReportClock.DayBounds(filter.Day, time.LocalTimeZone);
        var tally = new AgentTimeTally(start, end);
        var now = time.GetUtcNow();
        // The live stretches are read before the log, so a stretch that closes in between is found in the log and skipped here.
        var live = sessions.All().Where(s => InFilter(s.CampaignId, filter) && scope.Allows(s.CampaignId, s.AgentUser)).ToList();

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var logged = await LoggedStretchesAsync(db, filter, scope, start, end, cancellationToken);
        logged.ForEach(tally.Add);
        var closed = logged.Select(s => (s.AgentUser, s.StartedAt.ToUnixTimeMilliseconds())).ToHashSet();
        foreach (var session in live.Where(s => !closed.Contains((s.AgentUser, s.StateSince.ToUnixTimeMilliseconds()))))
        {
            tally.Add(new AgentStretch(session.AgentUser, session.State.ToVicidialName(), session.PauseCode, session.StateSince, now));
        }

        foreach (var calls in await CallCountsAsync(db, filter, scope, start, end, cancellationToken))
        {
            tally.AddCalls(calls.AgentUser, calls.Status, calls.Count);
        }

        var profiles = await directory.AllAsync(cancellationToken);
        return tally.ToSheet(filter, agent => profiles.GetValueOrDefault(agent)?.FullName ?? "");
    }

    public async Task<CsvExport> ExportAsync(string viewer, AgentTimeFilter filter, CancellationToken cancellationToken = default)
    {
        var sheet = await ForDayAsync(viewer, filter, cancellationToken);
        return new CsvExport($"agent-time-{filter.Day:yyyy-MM-dd}{(string.IsNullOrEmpty(filter.CampaignId) ? "" : "-" + filter.CampaignId)}.csv", (csv, token) =>
            AgentTimeCsv.WriteAsync(csv, sheet, token));
    }

    private static bool InFilter(string campaignId, AgentTimeFilter filter) =>
        string.IsNullOrEmpty(filter.CampaignId) || campaignId == filter.CampaignId;

    private static async Task<List<AgentStretch>> LoggedStretchesAsync(
        PortalDbContext db, AgentTimeFilter filter, ReportScope scope, DateTimeOffset start, DateTimeOffset end, CancellationToken cancellationToken)
    {
        var rows = db.AgentLog.AsNoTracking().Where(r => r.StartedAt < end && r.EndedAt > start);
        if (!string.IsNullOrEmpty(filter.CampaignId))
        {
            rows = rows.Where(r => r.CampaignId == filter.CampaignId);
        }

        if (!scope.Everything)
        {
            var agents = scope.Agents.ToArray();
            var campaigns = scope.Campaigns.ToArray();
            rows = rows.Where(r => agents.Contains(r.AgentUser) && campaigns.Contains(r.CampaignId));
        }

        return await rows.Select(r => new AgentStretch(r.AgentUser, r.State, r.PauseCode, r.StartedAt, r.EndedAt)).ToListAsync(cancellationToken);
    }

    private static async Task<List<CallCount>> CallCountsAsync(
        PortalDbContext db, AgentTimeFilter filter, ReportScope scope, DateTimeOffset start, DateTimeOffset end, CancellationToken cancellationToken)
    {
        var calls = db.CallLog.AsNoTracking().Where(c => c.StartedAt >= start && c.StartedAt < end);
        if (!string.IsNullOrEmpty(filter.CampaignId))
        {
            calls = calls.Where(c => c.CampaignId == filter.CampaignId);
        }

        if (!scope.Everything)
        {
            var agents = scope.Agents.ToArray();
            var campaigns = scope.Campaigns.ToArray();
            calls = calls.Where(c => agents.Contains(c.AgentUser) && campaigns.Contains(c.CampaignId));
        }

        return await calls.GroupBy(c => new { c.AgentUser, c.Status })
            .Select(g => new CallCount(g.Key.AgentUser, g.Key.Status, g.Count()))
            .ToListAsync(cancellationToken);
    }

    private sealed record CallCount(string AgentUser, string? Status, int Count);
}
