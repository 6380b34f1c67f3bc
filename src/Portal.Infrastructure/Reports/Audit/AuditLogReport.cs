namespace Portal.Infrastructure.Reports.Audit;

using Microsoft.EntityFrameworkCore;
using Portal.Infrastructure.Audit;
using Portal.Infrastructure.Data;

/// <summary>
/// Reads the audit log for supervisors, limited as <see cref="AuditRowScope"/> says (the same rule as REST's audit).
/// </summary>
public sealed class AuditLogReport(IDbContextFactory<PortalDbContext> contexts, ReportAccess access, TimeProvider time) : IAuditLogReport
{
    private static readonly string[] Columns =
        ["id", "api_date", "user", "agent_user", "function", "value", "result", "result_reason", "source", "data", "api_script", "run_time", "remote_ip", "url"];

    public async Task<AuditLogResults> PageAsync(
        string viewer, AuditLogFilter filter, int pageIndex, int pageSize, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(pageIndex);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(pageSize, IAuditLogReport.MaxPageSize);
        var scope = await ScopeForAsync(viewer, filter, cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = Matching(db, filter, scope);
        var total = await rows.CountAsync(cancellationToken);
        var page = await NewestFirst(rows).Skip(pageIndex * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return new AuditLogResults(page, total, pageIndex, pageSize);
    }

    public async Task<CsvExport> ExportAsync(string viewer, AuditLogFilter filter, CancellationToken cancellationToken = default)
    {
        var scope = await ScopeForAsync(viewer, filter, cancellationToken);
        var zone = time.LocalTimeZone;
        return new CsvExport($"audit-log-{ReportClock.Today(time):yyyy-MM-dd}.csv", async (csv, token) =>
        {
            await csv.WriteRowAsync(Columns, token);
            await using var db = await contexts.CreateDbContextAsync(token);
            await foreach (var row in NewestFirst(Matching(db, filter, scope)).AsAsyncEnumerable().WithCancellation(token))
            {
                await csv.WriteRowAsync(
                    [CsvWriter.Number(row.Id), ReportClock.Format(row.ApiDate, zone), row.User, row.AgentUser, row.Function, row.Value, row.Result,
                     row.ResultReason, row.Source, row.Data, row.ApiScript, CsvWriter.Number(row.RunTimeSeconds), row.RemoteIp, row.Url],
                    token);
            }
        });
    }

    private async Task<ReportScope> ScopeForAsync(string viewer, AuditLogFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        if (filter.Problem is { } problem)
        {
            throw new ArgumentException(problem, nameof(filter));
        }

        return await access.ScopeForAsync(viewer, cancellationToken);
    }

    private static IOrderedQueryable<ApiLogEntry> NewestFirst(IQueryable<ApiLogEntry> rows) =>
        rows.OrderByDescending(r => r.ApiDate).ThenByDescending(r => r.Id);

    private static IQueryable<ApiLogEntry> Matching(PortalDbContext db, AuditLogFilter filter, ReportScope scope)
    {
        var rows = db.ApiLog.AsNoTracking();
        if (filter.From is { } from)
        {
            rows = rows.Where(r => r.ApiDate >= from);
        }

        if (filter.To is { } to)
        {
            rows = rows.Where(r => r.ApiDate < to);
        }

        if (Given(filter.ApiUser) is { } apiUser)
        {
            rows = rows.Where(r => r.User == apiUser);
        }

        if (Given(filter.AgentUser) is { } agentUser)
        {
            rows = rows.Where(r => r.AgentUser == agentUser);
        }

        // Whole values, case ignored, on both providers (SQLite's NOCASE collation does not exist on PostgreSQL; EF Core
        // translates ToLower, not string.Equals with a StringComparison).
#pragma warning disable CA1862
        if (Given(filter.Function) is { } function)
        {
            rows = rows.Where(r => r.Function.ToLower() == function.ToLowerInvariant());
        }

        if (Given(filter.Result) is { } result)
        {
            rows = rows.Where(r => r.Result.ToLower() == result.ToLowerInvariant());
        }

        if (Given(filter.ApiScript) is { } script)
        {
            rows = rows.Where(r => r.ApiScript.ToLower() == script.ToLowerInvariant());
        }
#pragma warning restore CA1862

        return AuditRowScope.Visible(db, rows, scope);
    }

    private static string? Given(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
