namespace Portal.Infrastructure.Admin.Leads;

using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Portal.Domain.Leads;
using Portal.Infrastructure.Data;

/// <summary>Lead lists (VICIdial's vicidial_lists): which campaign dials them, and whether they are active.</summary>
public sealed class ListAdmin(AdminGate gate, IDbContextFactory<PortalDbContext> contexts) : IListAdmin
{
    public async Task<IReadOnlyList<LeadListSummary>> ListAsync(ClaimsPrincipal caller, CancellationToken cancellationToken = default)
    {
        await gate.RequireAdminAsync(caller, cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var counts = await db.Leads.GroupBy(l => l.ListId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var lists = await db.LeadLists.AsNoTracking().OrderBy(l => l.Id).ToListAsync(cancellationToken);
        return [.. lists.Select(l => new LeadListSummary(l.Id, l.Name, l.CampaignId, l.Active, counts.GetValueOrDefault(l.Id)))];
    }

    public async Task<AdminResult> CreateAsync(ClaimsPrincipal caller, long id, string name, string campaignId, CancellationToken cancellationToken = default)
    {
        await gate.RequireAdminAsync(caller, cancellationToken);
        if (!LeadList.IsValidId(id))
        {
            return AdminResult.Invalid("Id", $"A list id is a number from 1 to {LeadList.MaxId}.");
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.LeadLists.AnyAsync(l => l.Id == id, cancellationToken))
        {
            return AdminResult.Invalid("Id", $"There is already a list {id}.");
        }

        var result = await ProblemsAsync(db, name, campaignId, cancellationToken);
        if (result.Succeeded)
        {
            db.LeadLists.Add(new LeadList(id, name.Trim(), campaignId));
            await db.SaveChangesAsync(cancellationToken);
        }

        return result;
    }

    public async Task<AdminResult> UpdateAsync(ClaimsPrincipal caller, long id, string name, string campaignId, CancellationToken cancellationToken = default)
    {
        await gate.RequireAdminAsync(caller, cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.LeadLists.SingleOrDefaultAsync(l => l.Id == id, cancellationToken) is not { } list)
        {
            return AdminResult.Invalid($"There is no list {id}.");
        }

        var result = await ProblemsAsync(db, name, campaignId, cancellationToken);
        if (result.Succeeded)
        {
            list.Change(name, campaignId);
            await db.SaveChangesAsync(cancellationToken);
        }

        return result;
    }

    public async Task<AdminResult> SetActiveAsync(ClaimsPrincipal caller, long id, bool active, CancellationToken cancellationToken = default)
    {
        await gate.RequireAdminAsync(caller, cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.LeadLists.SingleOrDefaultAsync(l => l.Id == id, cancellationToken) is not { } list)
        {
            return AdminResult.Invalid($"There is no list {id}.");
        }

        if (active)
        {
            list.Activate();
        }
        else
        {
            list.Deactivate();
        }

        await db.SaveChangesAsync(cancellationToken);
        return AdminResult.Ok;
    }

    private static async Task<AdminResult> ProblemsAsync(PortalDbContext db, string name, string campaignId, CancellationToken cancellationToken)
    {
        if (LeadList.NameProblem(name) is { } problem)
        {
            return AdminResult.Invalid("Name", problem);
        }

        return await db.Campaigns.AnyAsync(c => c.Id == campaignId, cancellationToken)
            ? AdminResult.Ok
            : AdminResult.Invalid("CampaignId", $"There is no campaign {campaignId}.");
    }
}
