namespace Portal.Infrastructure.Admin.Dnc;

using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Portal.Domain.Leads;
using Portal.Infrastructure.Calls;
using Portal.Infrastructure.Data;

/// <summary>
/// Do-not-call numbers. Every dial, preview and API lead check asks the database, so an added number is refused at
/// once. Removing a number deletes only its DNC row: nothing else refers to it.
/// </summary>
public sealed class DncAdmin(AdminGate gate, IDbContextFactory<PortalDbContext> contexts, TimeProvider time) : IDncAdmin
{
    public const int MaxResults = 200;

    public async Task<IReadOnlyList<DncEntry>> SearchAsync(ClaimsPrincipal caller, string? number, CancellationToken cancellationToken = default)
    {
        await gate.RequireAdminAsync(caller, cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var digits = new string([.. (number ?? "").Where(char.IsAsciiDigit)]);
        var rows = db.DncNumbers.AsNoTracking();
        if (digits.Length > 0)
        {
            rows = rows.Where(d => d.PhoneNumber.Contains(digits));
        }

        return await rows.OrderByDescending(d => d.Id).Take(MaxResults)
            .Select(d => new DncEntry(d.Id, d.PhoneNumber, d.CampaignId, d.AddedAt, d.AddedBy)).ToListAsync(cancellationToken);
    }

    public async Task<AdminResult> AddAsync(ClaimsPrincipal caller, string phoneNumber, string? campaignId, CancellationToken cancellationToken = default)
    {
        var admin = await gate.RequireAdminAsync(caller, cancellationToken);
        var number = PhoneNumberText.Clean(phoneNumber);
        campaignId = string.IsNullOrWhiteSpace(campaignId) ? null : campaignId;
        if (number.Length is < 3 or > 18 || !number.All(char.IsAsciiDigit))
        {
            return AdminResult.Invalid("PhoneNumber", "The phone number has 3 to 18 digits.");
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (campaignId is not null && !await db.Campaigns.AnyAsync(c => c.Id == campaignId, cancellationToken))
        {
            return AdminResult.Invalid("CampaignId", $"There is no campaign {campaignId}.");
        }

        if (await db.DncNumbers.AnyAsync(d => d.PhoneNumber == number && d.CampaignId == campaignId, cancellationToken))
        {
            return AdminResult.Invalid("PhoneNumber", $"{number} is already on {(campaignId is null ? "the system list" : $"campaign {campaignId}'s list")}.");
        }

        db.DncNumbers.Add(new DncNumber { PhoneNumber = number, CampaignId = campaignId, AddedAt = time.GetUtcNow(), AddedBy = admin });
        await db.SaveChangesAsync(cancellationToken);
        return AdminResult.Ok;
    }

    public async Task<AdminResult> RemoveAsync(ClaimsPrincipal caller, long id, CancellationToken cancellationToken = default)
    {
        await gate.RequireAdminAsync(caller, cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var removed = await db.DncNumbers.Where(d => d.Id == id).ExecuteDeleteAsync(cancellationToken);
        return removed > 0 ? AdminResult.Ok : AdminResult.Invalid("That number is no longer on a do-not-call list.");
    }
}
