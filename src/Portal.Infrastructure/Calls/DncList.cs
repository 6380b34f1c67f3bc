namespace Portal.Infrastructure.Calls;

using Microsoft.EntityFrameworkCore;
using Portal.Infrastructure.Data;

/// <summary>The do-not-call lists: the system list and each campaign's.</summary>
public sealed class DncList(IDbContextFactory<PortalDbContext> contexts)
{
    public async Task<bool> ContainsAsync(string phoneNumber, string campaignId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.DncNumbers.AnyAsync(d => d.PhoneNumber == phoneNumber && (d.CampaignId == null || d.CampaignId == campaignId), cancellationToken);
    }
}
