namespace Portal.Infrastructure.Admin.Catalog;

using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Portal.Domain.Campaigns;
using Portal.Domain.Sessions;
using Portal.Infrastructure.Data;

/// <summary>
/// Statuses (dispositions). A code is either a system status or a campaign status, never both, so a campaign cannot
/// shadow a system status. The desk and the APIs read the offered statuses fresh for each call's disposition.
/// </summary>
public sealed class StatusAdmin(AdminGate gate, IDbContextFactory<PortalDbContext> contexts) : IStatusAdmin
{
    private const StatusFlags AllFlags = StatusFlags.Selectable | StatusFlags.HumanAnswered | StatusFlags.Sale | StatusFlags.Dnc
        | StatusFlags.ScheduledCallback | StatusFlags.Completed;

    public async Task<IReadOnlyList<StatusSummary>> ListAsync(ClaimsPrincipal caller, CancellationToken cancellationToken = default)
    {
        await gate.RequireAdminAsync(caller, cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var statuses = await db.Statuses.AsNoTracking().ToListAsync(cancellationToken);
        return [.. statuses
            .OrderBy(s => s.CampaignId is not null).ThenBy(s => s.CampaignId, StringComparer.Ordinal).ThenBy(s => s.Code, StringComparer.Ordinal)
            .Select(s => new StatusSummary(s.Code, s.CampaignId, s.Name, s.Flags, s.Active))];
    }

    public async Task<AdminResult> CreateAsync(
        ClaimsPrincipal caller, string code, string? campaignId, string name, StatusFlags flags, CancellationToken cancellationToken = default)
    {
        await gate.RequireAdminAsync(caller, cancellationToken);
        code = code?.Trim().ToUpperInvariant() ?? "";
        campaignId = string.IsNullOrWhiteSpace(campaignId) ? null : campaignId;
        if (!StatusCodeRules.IsWellFormed(code))
        {
            return AdminResult.Invalid("Code", $"A status code has 1 to {StatusCodeRules.MaxLength} letters, digits, - or _.");
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (campaignId is not null && !await db.Campaigns.AnyAsync(c => c.Id == campaignId, cancellationToken))
        {
            return AdminResult.Invalid("CampaignId", $"There is no campaign {campaignId}.");
        }

        var clash = await db.Statuses.AsNoTracking()
            .Where(s => s.Code == code && (campaignId == null || s.CampaignId == null || s.CampaignId == campaignId))
            .Select(s => s.CampaignId).ToListAsync(cancellationToken);
        if (clash.Count > 0)
        {
            return AdminResult.Invalid("Code", clash.Contains(null)
                ? $"{code} is already a system status."
                : campaignId is null ? $"{code} is already a status of campaign {clash[0]}." : $"{code} is already a status of campaign {campaignId}.");
        }

        if (Problems(name, flags) is { Succeeded: false } invalid)
        {
            return invalid;
        }

        db.Statuses.Add(new Status(code, name.Trim(), flags, campaignId));
        await db.SaveChangesAsync(cancellationToken);
        return AdminResult.Ok;
    }

    public async Task<AdminResult> UpdateAsync(
        ClaimsPrincipal caller, string code, string? campaignId, string name, StatusFlags flags, CancellationToken cancellationToken = default)
    {
        await gate.RequireAdminAsync(caller, cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await FindAsync(db, code, campaignId, cancellationToken) is not { } status)
        {
            return AdminResult.Invalid($"There is no status {code}{(campaignId is null ? "" : $" in campaign {campaignId}")}.");
        }

        if (Problems(name, flags) is { Succeeded: false } invalid)
        {
            return invalid;
        }

        status.Rename(name);
        status.ChangeFlags(flags);
        await db.SaveChangesAsync(cancellationToken);
        return AdminResult.Ok;
    }

    public async Task<AdminResult> SetActiveAsync(
        ClaimsPrincipal caller, string code, string? campaignId, bool active, CancellationToken cancellationToken = default)
    {
        await gate.RequireAdminAsync(caller, cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await FindAsync(db, code, campaignId, cancellationToken) is not { } status)
        {
            return AdminResult.Invalid($"There is no status {code}{(campaignId is null ? "" : $" in campaign {campaignId}")}.");
        }

        if (active)
        {
            status.Activate();
        }
        else
        {
            status.Deactivate();
        }

        await db.SaveChangesAsync(cancellationToken);
        return AdminResult.Ok;
    }

    private static Task<Status?> FindAsync(PortalDbContext db, string code, string? campaignId, CancellationToken cancellationToken)
    {
        campaignId = string.IsNullOrWhiteSpace(campaignId) ? null : campaignId;
        return db.Statuses.SingleOrDefaultAsync(s => s.Code == code && s.CampaignId == campaignId, cancellationToken);
    }

    private static AdminResult Problems(string name, StatusFlags flags) =>
        Status.NameProblem(name) is { } problem ? AdminResult.Invalid("Name", problem)
        : (flags & ~AllFlags) != 0 ? AdminResult.Invalid("Flags", "Unknown status flags.")
        : AdminResult.Ok;
}
