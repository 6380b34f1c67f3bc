namespace Portal.Infrastructure.AgentApi.Leads;

using Microsoft.EntityFrameworkCore;
using Portal.Infrastructure.Data;

/// <summary>
/// The do-not-call lists, asked one at a time as external_add_lead does: the system list (rows without a campaign) and
/// one campaign's own list, each by exact number.
/// </summary>
public sealed class ApiDncLists(IDbContextFactory<PortalDbContext> contexts)
{
    public async Task<bool> InSystemListAsync(string phoneNumber, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.DncNumbers.AnyAsync(d => d.PhoneNumber == phoneNumber && d.CampaignId == null, cancellationToken);
    }

    public async Task<bool> InCampaignListAsync(string phoneNumber, string campaignId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.DncNumbers.AnyAsync(d => d.PhoneNumber == phoneNumber && d.CampaignId == campaignId, cancellationToken);
    }
}
