namespace Portal.Infrastructure.Reports.Callbacks;

using Microsoft.EntityFrameworkCore;
using Portal.Domain.Callbacks;
using Portal.Infrastructure.Data;

/// <summary>
/// Reads the scheduled callbacks for supervisors: a callback belongs to its campaign and to the agent who scheduled
/// it (the only agent a callback records), and is shown when both are in the viewer's scope.
/// </summary>
public sealed class CallbackReport(IDbContextFactory<PortalDbContext> contexts, ReportAccess access, TimeProvider time) : ICallbackReport
{
    private static readonly string[] Columns =
        ["callback_id", "lead_id", "lead_name", "phone_number", "campaign_id", "agent_user", "type", "due_at", "created_at", "standing", "comments"];

    public async Task<CallbackSheet> QueryAsync(string viewer, CallbackFilter filter, CancellationToken cancellationToken = default)
    {
        var scope = await ScopeForAsync(viewer, filter, cancellationToken);
        var clock = Clock();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var callbacks = Matching(db, filter, scope, clock);
        var (now, todayStart) = clock;
        var tallies = await callbacks
            .GroupBy(c => new { c.CampaignId, c.AgentUser })
            .Select(g => new CallbackTally(
                g.Key.CampaignId,
                g.Key.AgentUser ?? "",
                g.Count(c => c.State != CallbackState.Inactive && c.DueAt > now),
                g.Count(c => c.State != CallbackState.Inactive && c.DueAt <= now && c.DueAt >= todayStart),
                g.Count(c => c.State != CallbackState.Inactive && c.DueAt < todayStart),
                g.Count(c => c.State == CallbackState.Inactive)))
            .ToListAsync(cancellationToken);
        var total = await callbacks.CountAsync(cancellationToken);
        var rows = await WithLeads(db, callbacks).Take(ICallbackReport.MaxRows).ToListAsync(cancellationToken);
        return new CallbackSheet(
            [.. tallies.OrderBy(t => t.CampaignId, StringComparer.Ordinal).ThenBy(t => t.AgentUser, StringComparer.Ordinal)],
            [.. rows.Select(r => r.ToRow(clock))],
            total);
    }

    public async Task<CsvExport> ExportAsync(string viewer, CallbackFilter filter, CancellationToken cancellationToken = default)
    {
        var scope = await ScopeForAsync(viewer, filter, cancellationToken);
        var clock = Clock();
        var zone = time.LocalTimeZone;
        return new CsvExport($"callbacks-{ReportClock.Today(time):yyyy-MM-dd}.csv", async (csv, token) =>
        {
            await csv.WriteRowAsync(Columns, token);
            await using var db = await contexts.CreateDbContextAsync(token);
            await foreach (var found in WithLeads(db, Matching(db, filter, scope, clock)).AsAsyncEnumerable().WithCancellation(token))
            {
                var row = found.ToRow(clock);
                await csv.WriteRowAsync(
                    [CsvWriter.Number(row.Id), CsvWriter.Number(row.LeadId), row.LeadName, row.PhoneNumber, row.CampaignId, row.AgentUser,
                     row.Type == CallbackType.UserOnly ? "USERONLY" : "ANYONE", ReportClock.Format(row.DueAt, zone), ReportClock.Format(row.CreatedAt, zone),
                     row.Standing.ToString().ToUpperInvariant(), row.Comments],
                    token);
            }
        });
    }

    private async Task<ReportScope> ScopeForAsync(string viewer, CallbackFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        if (filter.Problem is { } problem)
        {
            throw new ArgumentException(problem, nameof(filter));
        }

        return await access.ScopeForAsync(viewer, cancellationToken);
    }

    private CallbackClock Clock() =>
        new(time.GetUtcNow(), ReportClock.DayBounds(ReportClock.Today(time), time.LocalTimeZone).Start);

    private IQueryable<Callback> Matching(PortalDbContext db, CallbackFilter filter, ReportScope scope, CallbackClock clock)
    {
        var callbacks = db.Callbacks.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.CampaignId))
        {
            callbacks = callbacks.Where(c => c.CampaignId == filter.CampaignId.Trim());
        }

        if (!string.IsNullOrWhiteSpace(filter.AgentUser))
        {
            callbacks = callbacks.Where(c => c.AgentUser == filter.AgentUser.Trim());
        }

        if (filter.DueFrom is { } from)
        {
            var start = ReportClock.DayBounds(from, time.LocalTimeZone).Start;
            callbacks = callbacks.Where(c => c.DueAt >= start);
        }

        if (filter.DueTo is { } to)
        {
            var end = ReportClock.DayBounds(to, time.LocalTimeZone).End;
            callbacks = callbacks.Where(c => c.DueAt < end);
        }

        var (now, todayStart) = clock;
        callbacks = filter.Standing switch
        {
            CallbackStanding.Scheduled => callbacks.Where(c => c.State != CallbackState.Inactive && c.DueAt > now),
            CallbackStanding.Due => callbacks.Where(c => c.State != CallbackState.Inactive && c.DueAt <= now && c.DueAt >= todayStart),
            CallbackStanding.Overdue => callbacks.Where(c => c.State != CallbackState.Inactive && c.DueAt < todayStart),
            CallbackStanding.Completed => callbacks.Where(c => c.State == CallbackState.Inactive),
            _ => callbacks,
        };

        if (!scope.Everything)
        {
            var agents = scope.Agents.ToArray();
            var campaigns = scope.Campaigns.ToArray();
            callbacks = callbacks.Where(c => campaigns.Contains(c.CampaignId) && c.AgentUser != null && agents.Contains(c.AgentUser));
        }

        return callbacks;
    }

    private static IQueryable<CallbackWithLead> WithLeads(PortalDbContext db, IQueryable<Callback> callbacks) =>
        callbacks.OrderBy(c => c.DueAt).ThenBy(c => c.Id).Select(c => new CallbackWithLead(
            c,
            db.Leads.Where(l => l.LeadId == c.LeadId).Select(l => l.Details.FirstName + " " + l.Details.LastName).FirstOrDefault(),
            db.Leads.Where(l => l.LeadId == c.LeadId).Select(l => l.Details.PhoneNumber).FirstOrDefault()));

    private sealed record CallbackWithLead(Callback Callback, string? LeadName, string? PhoneNumber)
    {
        public CallbackReportRow ToRow(CallbackClock clock)
        {
            var c = Callback;
            return new CallbackReportRow(
                c.Id, c.LeadId, LeadName?.Trim() ?? "", PhoneNumber ?? "", c.CampaignId, c.AgentUser ?? "", c.Type, c.DueAt, c.CreatedAt,
                clock.StandingOf(c), c.Comments);
        }
    }
}
