namespace Portal.Infrastructure.Leads;

using Microsoft.EntityFrameworkCore;
using Portal.Infrastructure.Data;

/// <summary>Which campaign a lead belongs to (through its list), for campaign-scope checks.</summary>
public sealed class LeadCampaigns(IDbContextFactory<PortalDbContext> contexts)
{
    /// <summary>The campaign of the lead's list; null when there is no such lead.</summary>
    public async Task<string?> CampaignOfAsync(long leadId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await (from lead in db.Leads
                      join list in db.LeadLists on lead.ListId equals list.Id
                      where lead.LeadId == leadId
                      select list.CampaignId).SingleOrDefaultAsync(cancellationToken);
    }
}
