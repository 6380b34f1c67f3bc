namespace Portal.Infrastructure.Admin.Campaigns;

using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Portal.Domain.Campaigns;
using Portal.Infrastructure.Data;

/// <summary>
/// Campaigns and their settings. The agent desk, dialer and APIs read campaigns from the database on every login,
/// profile and dial, so a change is in effect for the next login or call without a restart.
/// </summary>
public sealed class CampaignAdmin(AdminGate gate, IDbContextFactory<PortalDbContext> contexts) : ICampaignAdmin
{
    public async Task<IReadOnlyList<CampaignSummary>> ListAsync(ClaimsPrincipal caller, CancellationToken cancellationToken = default)
    {
        await gate.RequireAdminAsync(caller, cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var campaigns = await db.Campaigns.AsNoTracking().OrderBy(c => c.Id).ToListAsync(cancellationToken);
        return [.. campaigns.Select(c => new CampaignSummary(c.Id, c.Name, c.DialMethod, [.. c.InGroups.Select(g => g.InGroupId).Order(StringComparer.Ordinal)], c.Active))];
    }

    public async Task<CampaignDetails?> GetAsync(ClaimsPrincipal caller, string id, CancellationToken cancellationToken = default)
    {
        await gate.RequireAdminAsync(caller, cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var campaign = await db.Campaigns.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        return campaign is null ? null : new CampaignDetails(campaign.Id, CampaignSettings.Of(campaign), campaign.Active);
    }

    public async Task<AdminResult> CreateAsync(ClaimsPrincipal caller, string id, CampaignSettings settings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        await gate.RequireAdminAsync(caller, cancellationToken);
        id = id?.Trim() ?? "";
        if (!Campaign.IsValidId(id))
        {
            return AdminResult.Invalid("Id", $"A campaign id has 1 to {Campaign.MaxIdLength} letters, digits, - or _.");
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.Campaigns.AnyAsync(c => c.Id == id, cancellationToken))
        {
            return AdminResult.Invalid("Id", $"There is already a campaign {id}.");
        }

        var result = await ProblemsAsync(db, id, settings, cancellationToken);
        if (result.Succeeded)
        {
            var campaign = new Campaign(id, settings.Name, settings.DialMethod);
            campaign.ChangeSettings(settings);
            db.Campaigns.Add(campaign);
            await db.SaveChangesAsync(cancellationToken);
        }

        return result;
    }

    public async Task<AdminResult> UpdateAsync(ClaimsPrincipal caller, string id, CampaignSettings settings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        await gate.RequireAdminAsync(caller, cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.Campaigns.SingleOrDefaultAsync(c => c.Id == id, cancellationToken) is not { } campaign)
        {
            return AdminResult.Invalid($"There is no campaign {id}.");
        }

        var result = await ProblemsAsync(db, id, settings, cancellationToken);
        if (result.Succeeded)
        {
            campaign.ChangeSettings(settings);
            await db.SaveChangesAsync(cancellationToken);
        }

        return result;
    }

    public async Task<AdminResult> SetActiveAsync(ClaimsPrincipal caller, string id, bool active, CancellationToken cancellationToken = default)
    {
        await gate.RequireAdminAsync(caller, cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.Campaigns.SingleOrDefaultAsync(c => c.Id == id, cancellationToken) is not { } campaign)
        {
            return AdminResult.Invalid($"There is no campaign {id}.");
        }

        if (active)
        {
            campaign.Activate();
        }
        else
        {
            campaign.Deactivate();
        }

        await db.SaveChangesAsync(cancellationToken);
        return AdminResult.Ok;
    }

    /// <summary>The domain's rules, then what needs the database: in-groups that exist and hotkeys on statuses agents can choose.</summary>
    private static async Task<AdminResult> ProblemsAsync(PortalDbContext db, string campaignId, CampaignSettings settings, CancellationToken cancellationToken)
    {
        var problems = settings.Validate();
        if (problems.Count > 0)
        {
            return AdminResult.From(problems);
        }

        var inGroups = settings.InGroupIds.ToList();
        var known = await db.InGroups.Where(g => inGroups.Contains(g.Id)).Select(g => g.Id).ToListAsync(cancellationToken);
        if (inGroups.FirstOrDefault(g => !known.Contains(g)) is { } unknown)
        {
            return AdminResult.Invalid(nameof(CampaignSettings.InGroupIds), $"There is no in-group {unknown}.");
        }

        var codes = settings.Hotkeys.Values.Distinct().ToList();
        var selectable = await db.Statuses.AsNoTracking()
            .Where(s => codes.Contains(s.Code) && s.Active && (s.CampaignId == null || s.CampaignId == campaignId))
            .ToListAsync(cancellationToken);
        var offered = selectable.Where(s => s.Selectable).Select(s => s.Code).ToHashSet(StringComparer.Ordinal);
        if (settings.Hotkeys.OrderBy(k => k.Key, StringComparer.Ordinal).FirstOrDefault(k => !offered.Contains(k.Value)) is { Value: { } code } missing)
        {
            return AdminResult.Invalid(nameof(CampaignSettings.Hotkeys), $"Hotkey {missing.Key}: {code} is not an active status agents can choose in this campaign.");
        }

        return AdminResult.Ok;
    }
}
