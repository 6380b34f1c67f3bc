namespace Portal.Infrastructure.Admin.Catalog;

using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Portal.Domain.Campaigns;
using Portal.Infrastructure.AgentApi.Calls;
using Portal.Infrastructure.Data;

/// <summary>In-groups (inbound queues). Agent logins, the desk and the APIs read them fresh, so changes apply at once.</summary>
public sealed class InGroupAdmin(AdminGate gate, IDbContextFactory<PortalDbContext> contexts) : IInGroupAdmin
{
    /// <summary>Names the transfer functions give a meaning of their own.</summary>
    private static readonly string[] Reserved = [TransferTargets.DefaultInGroup, TransferTargets.AgentDirect];

    public async Task<IReadOnlyList<InGroupSummary>> ListAsync(ClaimsPrincipal caller, CancellationToken cancellationToken = default)
    {
        await gate.RequireAdminAsync(caller, cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var campaigns = await db.Campaigns.AsNoTracking().ToListAsync(cancellationToken);
        var groups = await db.InGroups.AsNoTracking().OrderBy(g => g.Id).ToListAsync(cancellationToken);
        return [.. groups.Select(g => new InGroupSummary(
            g.Id,
            new InGroupSettings(g.Name, g.Color, g.Priority, g.DefaultListId),
            g.Active,
            [.. campaigns.Where(c => c.InGroups.Any(i => i.InGroupId == g.Id)).Select(c => c.Id).Order(StringComparer.Ordinal)]))];
    }

    public async Task<AdminResult> CreateAsync(ClaimsPrincipal caller, string id, InGroupSettings settings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        await gate.RequireAdminAsync(caller, cancellationToken);
        id = id?.Trim() ?? "";
        if (!InGroup.IsValidId(id) || Reserved.Contains(id, StringComparer.OrdinalIgnoreCase))
        {
            return AdminResult.Invalid("Id", $"An in-group id has {InGroup.MinIdLength} to {InGroup.MaxIdLength} letters, digits, - or _ (and is not {string.Join(" or ", Reserved)}).");
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.InGroups.AnyAsync(g => g.Id == id, cancellationToken))
        {
            return AdminResult.Invalid("Id", $"There is already an in-group {id}.");
        }

        var result = await ProblemsAsync(db, settings, cancellationToken);
        if (result.Succeeded)
        {
            var group = new InGroup(id, settings.Name, settings.Color, settings.Priority);
            group.Change(settings.Name, settings.Color, settings.Priority, settings.DefaultListId);
            db.InGroups.Add(group);
            await db.SaveChangesAsync(cancellationToken);
        }

        return result;
    }

    public async Task<AdminResult> UpdateAsync(ClaimsPrincipal caller, string id, InGroupSettings settings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        await gate.RequireAdminAsync(caller, cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.InGroups.SingleOrDefaultAsync(g => g.Id == id, cancellationToken) is not { } group)
        {
            return AdminResult.Invalid($"There is no in-group {id}.");
        }

        var result = await ProblemsAsync(db, settings, cancellationToken);
        if (result.Succeeded)
        {
            group.Change(settings.Name, settings.Color, settings.Priority, settings.DefaultListId);
            await db.SaveChangesAsync(cancellationToken);
        }

        return result;
    }

    public async Task<AdminResult> SetActiveAsync(ClaimsPrincipal caller, string id, bool active, CancellationToken cancellationToken = default)
    {
        await gate.RequireAdminAsync(caller, cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.InGroups.SingleOrDefaultAsync(g => g.Id == id, cancellationToken) is not { } group)
        {
            return AdminResult.Invalid($"There is no in-group {id}.");
        }

        if (active)
        {
            group.Activate();
        }
        else
        {
            group.Deactivate();
        }

        await db.SaveChangesAsync(cancellationToken);
        return AdminResult.Ok;
    }

    private static async Task<AdminResult> ProblemsAsync(PortalDbContext db, InGroupSettings settings, CancellationToken cancellationToken)
    {
        var problems = InGroup.Validate(settings.Name, settings.Color, settings.Priority);
        if (problems.Count > 0)
        {
            return AdminResult.From(problems);
        }

        return settings.DefaultListId is { } listId && !await db.LeadLists.AnyAsync(l => l.Id == listId, cancellationToken)
            ? AdminResult.Invalid(nameof(InGroupSettings.DefaultListId), $"There is no list {listId}.")
            : AdminResult.Ok;
    }
}
