namespace Portal.Infrastructure.Admin.Catalog;

using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Portal.Domain.Campaigns;
using Portal.Domain.Sessions;
using Portal.Infrastructure.Data;

/// <summary>
/// Pause codes. A code is offered to every campaign or to one, never both, so the desk never lists it twice. The
/// desk reads the offered codes when it opens a session, so a new code is there for the next login.
/// </summary>
public sealed class PauseCodeAdmin(AdminGate gate, IDbContextFactory<PortalDbContext> contexts) : IPauseCodeAdmin
{
    public async Task<IReadOnlyList<PauseCodeSummary>> ListAsync(ClaimsPrincipal caller, CancellationToken cancellationToken = default)
    {
        await gate.RequireAdminAsync(caller, cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var codes = await db.PauseCodes.AsNoTracking().ToListAsync(cancellationToken);
        return [.. codes
            .OrderBy(p => p.CampaignId is not null).ThenBy(p => p.CampaignId, StringComparer.Ordinal).ThenBy(p => p.Code, StringComparer.Ordinal)
            .Select(p => new PauseCodeSummary(p.Code, p.CampaignId, p.Name, p.Billable, p.Active))];
    }

    public async Task<AdminResult> CreateAsync(
        ClaimsPrincipal caller, string code, string? campaignId, string name, bool billable, CancellationToken cancellationToken = default)
    {
        await gate.RequireAdminAsync(caller, cancellationToken);
        code = code?.Trim().ToUpperInvariant() ?? "";
        campaignId = string.IsNullOrWhiteSpace(campaignId) ? null : campaignId;
        if (!PauseCodeRules.IsWellFormed(code) || PauseCodeRules.IsSystem(code))
        {
            return AdminResult.Invalid("Code", $"A pause code has 1 to {PauseCodeRules.MaxLength} letters, digits, - or _ (and is not {string.Join(" or ", PauseCodeRules.SystemCodes)}, which Portal sets itself).");
        }

        if (PauseCode.NameProblem(name) is { } problem)
        {
            return AdminResult.Invalid("Name", problem);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (campaignId is not null && !await db.Campaigns.AnyAsync(c => c.Id == campaignId, cancellationToken))
        {
            return AdminResult.Invalid("CampaignId", $"There is no campaign {campaignId}.");
        }

        var clash = await db.PauseCodes.AsNoTracking()
            .Where(p => p.Code == code && (campaignId == null || p.CampaignId == null || p.CampaignId == campaignId))
            .Select(p => p.CampaignId).ToListAsync(cancellationToken);
        if (clash.Count > 0)
        {
            return AdminResult.Invalid("Code", clash.Contains(null)
                ? $"{code} is already a pause code of every campaign."
                : $"{code} is already a pause code of campaign {clash[0]}.");
        }

        db.PauseCodes.Add(new PauseCode(code, name.Trim(), billable, campaignId));
        await db.SaveChangesAsync(cancellationToken);
        return AdminResult.Ok;
    }

    public async Task<AdminResult> UpdateAsync(
        ClaimsPrincipal caller, string code, string? campaignId, string name, bool billable, CancellationToken cancellationToken = default)
    {
        await gate.RequireAdminAsync(caller, cancellationToken);
        if (PauseCode.NameProblem(name) is { } problem)
        {
            return AdminResult.Invalid("Name", problem);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await FindAsync(db, code, campaignId, cancellationToken) is not { } pauseCode)
        {
            return NotFound(code, campaignId);
        }

        pauseCode.Change(name, billable);
        await db.SaveChangesAsync(cancellationToken);
        return AdminResult.Ok;
    }

    public async Task<AdminResult> SetActiveAsync(
        ClaimsPrincipal caller, string code, string? campaignId, bool active, CancellationToken cancellationToken = default)
    {
        await gate.RequireAdminAsync(caller, cancellationToken);
        if (!active && PauseCodeRules.IsSystem(code))
        {
            return AdminResult.Invalid($"{code} is a system pause code: Portal sets it itself, so it cannot be deactivated.");
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await FindAsync(db, code, campaignId, cancellationToken) is not { } pauseCode)
        {
            return NotFound(code, campaignId);
        }

        if (active)
        {
            pauseCode.Activate();
        }
        else
        {
            pauseCode.Deactivate();
        }

        await db.SaveChangesAsync(cancellationToken);
        return AdminResult.Ok;
    }

    private static Task<PauseCode?> FindAsync(PortalDbContext db, string code, string? campaignId, CancellationToken cancellationToken)
    {
        campaignId = string.IsNullOrWhiteSpace(campaignId) ? null : campaignId;
        return db.PauseCodes.SingleOrDefaultAsync(p => p.Code == code && p.CampaignId == campaignId, cancellationToken);
    }

    private static AdminResult NotFound(string code, string? campaignId) =>
        AdminResult.Invalid($"There is no pause code {code}{(string.IsNullOrWhiteSpace(campaignId) ? "" : $" in campaign {campaignId}")}.");
}
