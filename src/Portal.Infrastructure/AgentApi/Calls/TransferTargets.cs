namespace Portal.Infrastructure.AgentApi.Calls;

using Microsoft.EntityFrameworkCore;
using Portal.Infrastructure.Data;

/// <summary>The in-groups a call may be transferred to by the API (transfer_conference, ra_call_control).</summary>
public sealed class TransferTargets(IDbContextFactory<PortalDbContext> contexts)
{
    /// <summary>VICIdial's placeholder for "the default transfer group of the call's in-group or campaign".</summary>
    public const string DefaultInGroup = "DEFAULTINGROUP";

    /// <summary>Straight to the agent named in phone_number; Portal needs no in-group row for it.</summary>
    public const string AgentDirect = "AGENTDIRECT";

    /// <summary>
    /// Replaces <see cref="DefaultInGroup"/>. Portal has no default-transfer-group setting, so the closest is the
    /// in-group an inbound call came in on, otherwise the campaign's first in-group (empty when it has none).
    /// </summary>
    public async Task<string> ResolveAsync(string inGroupChoices, string? callInGroupId, string campaignId, CancellationToken cancellationToken = default)
    {
        if (!inGroupChoices.Contains(DefaultInGroup, StringComparison.Ordinal))
        {
            return inGroupChoices;
        }

        var fallback = callInGroupId;
        if (fallback is null)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            fallback = await db.Campaigns.Where(c => c.Id == campaignId).SelectMany(c => c.InGroups)
                .Select(g => g.InGroupId).OrderBy(id => id).FirstOrDefaultAsync(cancellationToken);
        }

        return inGroupChoices.Replace(DefaultInGroup, fallback ?? "", StringComparison.Ordinal);
    }

    public async Task<bool> IsActiveInGroupAsync(string inGroupId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.InGroups.AnyAsync(g => g.Id == inGroupId && g.Active, cancellationToken);
    }
}
