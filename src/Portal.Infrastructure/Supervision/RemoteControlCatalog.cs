namespace Portal.Infrastructure.Supervision;

using Microsoft.EntityFrameworkCore;
using Portal.Domain.Campaigns;
using Portal.Infrastructure.Data;

/// <summary>The campaign rules remote control checks: which pause codes and statuses a supervisor may use.</summary>
public sealed class RemoteControlCatalog(IDbContextFactory<PortalDbContext> contexts)
{
    /// <summary>Why this pause code cannot be used in the campaign (inactive, unknown, or missing where forced), or null.</summary>
    public async Task<string?> PauseCodeProblemAsync(string campaignId, string? pauseCode, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (pauseCode is null)
        {
            var mode = await db.Campaigns.Where(c => c.Id == campaignId).Select(c => c.PauseCodes).SingleOrDefaultAsync(cancellationToken);
            return mode == PauseCodeMode.Forced ? $"Campaign {campaignId} requires a pause code." : null;
        }

        var active = await db.PauseCodes.AnyAsync(
            p => p.Code == pauseCode && p.Active && (p.CampaignId == null || p.CampaignId == campaignId), cancellationToken);
        return active ? null : $"{pauseCode} is not an active pause code of campaign {campaignId}.";
    }

    /// <summary>A selectable, active status of the campaign that needs no callback time.</summary>
    public async Task<bool> IsSupervisorStatusAsync(string campaignId, string statusCode, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var statuses = await db.Statuses.AsNoTracking()
            .Where(s => s.Code == statusCode && s.Active && (s.CampaignId == null || s.CampaignId == campaignId))
            .ToListAsync(cancellationToken);
        return statuses.Any(s => s.Selectable && !s.IsScheduledCallback);
    }
}
