namespace Portal.Infrastructure.Callbacks;

using Microsoft.EntityFrameworkCore;
using Portal.Domain.Callbacks;
using Portal.Infrastructure.Data;

/// <summary>The callbacks an agent may work: their own USERONLY ones, and the ANYONE ones of their campaign.</summary>
public sealed class CallbackBook(IDbContextFactory<PortalDbContext> contexts, TimeProvider time) : ICallbackBook
{
    public async Task<IReadOnlyList<CallbackItem>> ForAgentAsync(string agentUser, string campaignId, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await (from c in db.Callbacks.AsNoTracking()
                          join l in db.Leads.AsNoTracking() on c.LeadId equals l.LeadId
                          where c.State != CallbackState.Inactive
                                && ((c.Type == CallbackType.UserOnly && c.AgentUser == agentUser)
                                    || (c.Type == CallbackType.Anyone && c.CampaignId == campaignId))
                          orderby c.DueAt
                          select new { c, l.Details.FirstName, l.Details.LastName, l.Details.PhoneNumber })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new CallbackItem(
            r.c.Id, r.c.LeadId, $"{r.FirstName} {r.LastName}".Trim(), r.PhoneNumber, r.c.DueAt, r.c.Type, r.c.Comments, r.c.DueAt <= now))];
    }
}
