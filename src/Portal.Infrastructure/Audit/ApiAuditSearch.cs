namespace Portal.Infrastructure.Audit;

using Microsoft.EntityFrameworkCore;
using Portal.Infrastructure.Data;
using Portal.Infrastructure.Reports;

/// <summary>Reads the API audit log (VICIdial's vicidial_api_log) for callers who may see it.</summary>
public sealed class ApiAuditSearch(IDbContextFactory<PortalDbContext> contexts)
{
    /// <summary>
    /// The rows matching <paramref name="query"/> that <paramref name="scope"/> may see (<see cref="AuditRowScope"/>),
    /// plus the <paramref name="reader"/>'s own calls.
    /// </summary>
    public async Task<ApiAuditPage> SearchAsync(ApiAuditQuery query, string reader, ReportScope scope, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var page = Math.Clamp(query.Page, 1, int.MaxValue / ApiAuditQuery.MaxPageSize);
        var pageSize = Math.Clamp(query.PageSize, 1, ApiAuditQuery.MaxPageSize);

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = AuditRowScope.Visible(db, db.ApiLog.AsNoTracking(), scope, ownCallsOf: reader);

        if (query.From is { } from)
        {
            rows = rows.Where(e => e.ApiDate >= from);
        }

        if (query.To is { } to)
        {
            rows = rows.Where(e => e.ApiDate < to);
        }

        if (query.User is { } user)
        {
            rows = rows.Where(e => e.User == user);
        }

        if (query.AgentUser is { } agentUser)
        {
            rows = rows.Where(e => e.AgentUser == agentUser);
        }

        if (query.Function is { } function)
        {
            rows = rows.Where(e => e.Function == function);
        }

        if (query.Result is { } result)
        {
            rows = rows.Where(e => e.Result == result);
        }

        var total = await rows.CountAsync(cancellationToken);
        var items = await rows.OrderByDescending(e => e.ApiDate).ThenByDescending(e => e.Id)
            .Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return new ApiAuditPage(items, page, pageSize, total);
    }
}
