namespace Portal.Infrastructure.Admin.UserGroups;

using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Portal.Domain.Users;
using Portal.Domain.Validation;
using Portal.Infrastructure.Cluster;
using Portal.Infrastructure.Data;
using Portal.Infrastructure.Supervision;

/// <summary>
/// User groups: VICIdial's allowed campaigns and admin-viewable groups. Read fresh by every login; scope checks use
/// <see cref="ScopeGrants"/>, which every change here tells to forget.
/// </summary>
public sealed class UserGroupAdmin(AdminGate gate, IDbContextFactory<PortalDbContext> contexts, ScopeGrants grants, ClusterCaches caches) : IUserGroupAdmin
{
    public async Task<IReadOnlyList<UserGroupSummary>> ListAsync(ClaimsPrincipal caller, CancellationToken cancellationToken = default)
    {
        await gate.RequireAdminAsync(caller, cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var members = await db.Users.GroupBy(u => u.UserGroupId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var groups = await db.UserGroups.AsNoTracking().OrderBy(g => g.Id).ToListAsync(cancellationToken);
        return [.. groups.Select(g => new UserGroupSummary(g.Id, g.Name, SettingsOf(g), g.Active, members.GetValueOrDefault(g.Id)))];
    }

    public async Task<AdminResult> CreateAsync(ClaimsPrincipal caller, string id, UserGroupSettings settings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        await gate.RequireAdminAsync(caller, cancellationToken);
        id = id?.Trim() ?? "";
        if (!UserGroup.IsValidId(id))
        {
            return AdminResult.Invalid("Id", $"A user group id has {UserGroup.MinIdLength} to {UserGroup.MaxIdLength} letters, digits, - or _.");
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.UserGroups.AnyAsync(g => g.Id == id, cancellationToken))
        {
            return AdminResult.Invalid("Id", $"There is already a user group {id}.");
        }

        var group = new UserGroup(id, settings.Name, "");
        var result = await ApplyAsync(db, group, settings, cancellationToken);
        if (result.Succeeded)
        {
            db.UserGroups.Add(group);
            await db.SaveChangesAsync(cancellationToken);
            grants.Invalidate();
            caches.UserGroupsChanged();
        }

        return result;
    }

    public async Task<AdminResult> UpdateAsync(ClaimsPrincipal caller, string id, UserGroupSettings settings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        await gate.RequireAdminAsync(caller, cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.UserGroups.SingleOrDefaultAsync(g => g.Id == id, cancellationToken) is not { } group)
        {
            return AdminResult.Invalid($"There is no user group {id}.");
        }

        var result = await ApplyAsync(db, group, settings, cancellationToken);
        if (result.Succeeded)
        {
            await db.SaveChangesAsync(cancellationToken);
            grants.Invalidate();
            caches.UserGroupsChanged();
        }

        return result;
    }

    public async Task<AdminResult> SetActiveAsync(ClaimsPrincipal caller, string id, bool active, CancellationToken cancellationToken = default)
    {
        await gate.RequireAdminAsync(caller, cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.UserGroups.SingleOrDefaultAsync(g => g.Id == id, cancellationToken) is not { } group)
        {
            return AdminResult.Invalid($"There is no user group {id}.");
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
        grants.Invalidate();
        caches.UserGroupsChanged();
        return AdminResult.Ok;
    }

    private static async Task<AdminResult> ApplyAsync(PortalDbContext db, UserGroup group, UserGroupSettings settings, CancellationToken cancellationToken)
    {
        var campaigns = settings.AllCampaigns ? [UserGroup.AllCampaigns] : CodeRules.SplitList(string.Join(' ', settings.Campaigns));
        var viewable = settings.AllUserGroups ? [UserGroup.AllGroups] : CodeRules.SplitList(string.Join(' ', settings.ViewableUserGroups));
        var problems = UserGroup.Validate(settings.Name, string.Join(' ', campaigns), string.Join(' ', viewable));
        if (problems.Count > 0)
        {
            return AdminResult.From(problems);
        }

        if (!settings.AllCampaigns)
        {
            var known = await db.Campaigns.Where(c => campaigns.Contains(c.Id)).Select(c => c.Id).ToListAsync(cancellationToken);
            if (campaigns.FirstOrDefault(c => !known.Contains(c)) is { } unknown)
            {
                return AdminResult.Invalid(nameof(UserGroupSettings.Campaigns), $"There is no campaign {unknown}.");
            }
        }

        if (!settings.AllUserGroups)
        {
            var known = await db.UserGroups.Where(g => viewable.Contains(g.Id)).Select(g => g.Id).ToListAsync(cancellationToken);
            if (viewable.FirstOrDefault(g => !known.Contains(g) && g != group.Id) is { } unknown)
            {
                return AdminResult.Invalid(nameof(UserGroupSettings.ViewableUserGroups), $"There is no user group {unknown}.");
            }
        }

        group.Change(settings.Name, string.Join(' ', campaigns), string.Join(' ', viewable));
        return AdminResult.Ok;
    }

    private static UserGroupSettings SettingsOf(UserGroup group)
    {
        var campaigns = CodeRules.SplitList(group.AllowedCampaigns);
        var viewable = CodeRules.SplitList(group.ViewableUserGroups);
        return new UserGroupSettings(
            group.Name,
            campaigns.Contains(UserGroup.AllCampaigns), [.. campaigns.Where(c => c != UserGroup.AllCampaigns)],
            viewable.Contains(UserGroup.AllGroups), [.. viewable.Where(g => g != UserGroup.AllGroups)]);
    }
}
