namespace Portal.Infrastructure.Telephony;

using Microsoft.EntityFrameworkCore;
using Portal.Infrastructure.Data;

/// <summary>Who calls in: the active in-groups, and the numbers of existing leads (so known callers pop their lead).</summary>
public sealed class InboundCallerSource(IDbContextFactory<PortalDbContext> contexts)
{
    public async Task<IReadOnlyList<string>> ActiveInGroupsAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.InGroups.AsNoTracking().Where(g => g.Active).OrderBy(g => g.Id).Select(g => g.Id).ToListAsync(cancellationToken);
    }

    public async Task<string?> RandomLeadNumberAsync(int pick, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var count = await db.Leads.CountAsync(cancellationToken);
        if (count == 0)
        {
            return null;
        }

        return await db.Leads.AsNoTracking().OrderBy(l => l.LeadId).Skip(pick % count).Select(l => l.Details.PhoneNumber).FirstOrDefaultAsync(cancellationToken);
    }
}
