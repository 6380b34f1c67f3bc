namespace Portal.Infrastructure.Calls;

using Microsoft.EntityFrameworkCore;
using Portal.Infrastructure.Data;

/// <summary>An agent's calls today, for the call log panel and the status bar's totals.</summary>
public sealed class CallLogBook(IDbContextFactory<PortalDbContext> contexts, TimeProvider time) : ICallLogBook
{
    public async Task<IReadOnlyList<CallLogEntry>> TodayAsync(string agentUser, CancellationToken cancellationToken = default)
    {
        var midnight = new DateTimeOffset(time.GetLocalNow().Date, time.GetLocalNow().Offset);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.CallLog.AsNoTracking()
            .Where(c => c.AgentUser == agentUser && c.StartedAt >= midnight)
            .OrderByDescending(c => c.StartedAt)
            .ToListAsync(cancellationToken);
    }
}
