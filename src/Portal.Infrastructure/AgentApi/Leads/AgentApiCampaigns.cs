namespace Portal.Infrastructure.AgentApi.Leads;

using Microsoft.EntityFrameworkCore;
using Portal.Domain.Campaigns;
using Portal.Infrastructure.Data;

/// <summary>The campaign and in-group settings the Agent API's lead and dial functions check.</summary>
public sealed class AgentApiCampaigns(IDbContextFactory<PortalDbContext> contexts)
{
    public async Task<Campaign?> FindAsync(string campaignId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Campaigns.AsNoTracking().SingleOrDefaultAsync(c => c.Id == campaignId, cancellationToken);
    }

    /// <summary>Which of these in-group ids exist and are active (an inactive in-group is no longer offered).</summary>
    public async Task<IReadOnlySet<string>> ExistingInGroupsAsync(IReadOnlyCollection<string> inGroupIds, CancellationToken cancellationToken = default)
    {
        if (inGroupIds.Count == 0)
        {
            return new HashSet<string>(StringComparer.Ordinal);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var found = await db.InGroups.AsNoTracking().Where(g => inGroupIds.Contains(g.Id) && g.Active).Select(g => g.Id).ToListAsync(cancellationToken);
        return found.ToHashSet(StringComparer.Ordinal);
    }
}
