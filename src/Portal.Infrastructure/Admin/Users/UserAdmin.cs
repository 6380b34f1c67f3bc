namespace Portal.Infrastructure.Admin.Users;

using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Sessions;
using Portal.Domain.Users;
using Portal.Infrastructure.Data;
using Portal.Infrastructure.Identity;
using Portal.Infrastructure.Sessions;

/// <summary>
/// Users through Identity's user manager, so passwords, lock-out and security stamps follow Identity's rules and every
/// change clears the cached API credentials and agent directory (<see cref="PortalUserManager"/>). Users are never
/// deleted: a deactivated user keeps their calls, logs and callbacks.
/// </summary>
public sealed class UserAdmin(
    AdminGate gate, IServiceScopeFactory scopes, IDbContextFactory<PortalDbContext> contexts, SessionRuntime sessions, TimeProvider time,
    SignInThrottle throttle)
    : IUserAdmin
{
    public async Task<IReadOnlyList<UserSummary>> ListAsync(ClaimsPrincipal caller, CancellationToken cancellationToken = default)
    {
        await gate.RequireAdminAsync(caller, cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var roles = await RolesByUserAsync(db, cancellationToken);
        var users = await db.Users.AsNoTracking().OrderBy(u => u.UserName).ToListAsync(cancellationToken);
        var now = time.GetUtcNow();
        return [.. users.Select(u => new UserSummary(
            u.UserName!, u.FullName, roles.GetValueOrDefault(u.Id), u.UserLevel, u.UserGroupId, u.Active, u.ApiOnly, u.LockoutEnd > now || throttle.IsLockedAnywhere(u.UserName!)))];
    }

    public async Task<UserDetails?> GetAsync(ClaimsPrincipal caller, string userName, CancellationToken cancellationToken = default)
    {
        await gate.RequireAdminAsync(caller, cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.UserName == userName, cancellationToken);
        if (user is null)
        {
            return null;
        }

        var role = (await RolesByUserAsync(db, cancellationToken)).GetValueOrDefault(user.Id);
        return new UserDetails(user.UserName!, UserSettingsMapping.Read(user, role), user.Active, user.LockoutEnd > time.GetUtcNow() || throttle.IsLockedAnywhere(user.UserName!));
    }

    public async Task<AdminResult> CreateAsync(
        ClaimsPrincipal caller, string userName, string password, UserSettings settings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        await gate.RequireAdminAsync(caller, cancellationToken);
        userName = userName?.Trim() ?? "";
        if (!UserSettings.IsValidUserName(userName))
        {
            return AdminResult.Invalid("UserName", $"A user name has {UserSettings.MinUserNameLength} to {UserSettings.MaxUserNameLength} letters, digits, - or _.");
        }

        if (string.IsNullOrEmpty(password))
        {
            return AdminResult.Invalid("Password", "Enter a password.");
        }

        if (await ProblemsAsync(settings, previousGroupId: null, cancellationToken) is { Succeeded: false } invalid)
        {
            return invalid;
        }

        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        if (await users.FindByNameAsync(userName) is not null)
        {
            return AdminResult.Invalid("UserName", $"There is already a user named {userName}.");
        }

        var user = new PortalUser { UserName = userName };
        UserSettingsMapping.Apply(user, settings);
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            return IdentityProblems(created);
        }

        return await SetRoleAsync(scope.ServiceProvider, users, user, settings.Role);
    }

    public async Task<AdminResult> UpdateAsync(ClaimsPrincipal caller, string userName, UserSettings settings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var admin = await gate.RequireAdminAsync(caller, cancellationToken);
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var user = await users.FindByNameAsync(userName);
        if (user is null)
        {
            return AdminResult.Invalid($"There is no user named {userName}.");
        }

        if (user.UserName == admin && settings.Role != PortalRoles.Admin)
        {
            return AdminResult.Invalid(nameof(UserSettings.Role), "You cannot take the Admin role from yourself; ask another admin.");
        }

        if (await ProblemsAsync(settings, user.UserGroupId, cancellationToken) is { Succeeded: false } invalid)
        {
            return invalid;
        }

        UserSettingsMapping.Apply(user, settings);
        var updated = await users.UpdateAsync(user);
        return updated.Succeeded ? await SetRoleAsync(scope.ServiceProvider, users, user, settings.Role) : IdentityProblems(updated);
    }

    public async Task<AdminResult> ResetPasswordAsync(ClaimsPrincipal caller, string userName, string newPassword, CancellationToken cancellationToken = default)
    {
        await gate.RequireAdminAsync(caller, cancellationToken);
        if (string.IsNullOrEmpty(newPassword))
        {
            return AdminResult.Invalid("Password", "Enter the new password.");
        }

        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        if (await users.FindByNameAsync(userName) is not { } user)
        {
            return AdminResult.Invalid($"There is no user named {userName}.");
        }

        // The reset token path validates the password and renews the security stamp, which signs the user out elsewhere.
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var reset = await users.ResetPasswordAsync(user, token, newPassword);
        return reset.Succeeded ? AdminResult.Ok : IdentityProblems(reset);
    }

    public async Task<AdminResult> UnlockAsync(ClaimsPrincipal caller, string userName, CancellationToken cancellationToken = default)
    {
        await gate.RequireAdminAsync(caller, cancellationToken);
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        if (await users.FindByNameAsync(userName) is not { } user)
        {
            return AdminResult.Invalid($"There is no user named {userName}.");
        }

        var unlocked = await users.SetLockoutEndDateAsync(user, null);
        if (unlocked.Succeeded)
        {
            unlocked = await users.ResetAccessFailedCountAsync(user);
        }

        // The lock-out itself is kept per user and address by the throttle: unlocking clears it at every address.
        throttle.Unlock(userName);

        return unlocked.Succeeded ? AdminResult.Ok : IdentityProblems(unlocked);
    }

    public async Task<AdminResult> SetActiveAsync(ClaimsPrincipal caller, string userName, bool active, CancellationToken cancellationToken = default)
    {
        var admin = await gate.RequireAdminAsync(caller, cancellationToken);
        if (!active && userName == admin)
        {
            return AdminResult.Invalid("You cannot deactivate yourself; ask another admin.");
        }

        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        if (await users.FindByNameAsync(userName) is not { } user)
        {
            return AdminResult.Invalid($"There is no user named {userName}.");
        }

        user.Active = active;
        var changed = await users.UpdateAsync(user);
        if (!changed.Succeeded)
        {
            return IdentityProblems(changed);
        }

        if (!active)
        {
            // Open screens fail their next check; a live agent session ends (after the call, if on one).
            await users.UpdateSecurityStampAsync(user);
            if (sessions.Find(user.UserName!) is not null)
            {
                await sessions.SendAsync(user.UserName!, new LogOut());
            }
        }

        return AdminResult.Ok;
    }

    private async Task<AdminResult> ProblemsAsync(UserSettings settings, string? previousGroupId, CancellationToken cancellationToken)
    {
        var problems = settings.Validate();
        if (problems.Count > 0)
        {
            return AdminResult.From(problems);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var group = await db.UserGroups.AsNoTracking().SingleOrDefaultAsync(g => g.Id == settings.UserGroupId, cancellationToken);
        return group switch
        {
            null => AdminResult.Invalid(nameof(UserSettings.UserGroupId), $"There is no user group {settings.UserGroupId}."),
            { Active: false } when group.Id != previousGroupId => AdminResult.Invalid(nameof(UserSettings.UserGroupId), $"User group {group.Id} is not active."),
            _ => AdminResult.Ok,
        };
    }

    /// <summary>Exactly one of Portal's roles (or none for an API-only user); the roles are created when missing.</summary>
    private static async Task<AdminResult> SetRoleAsync(IServiceProvider services, UserManager<PortalUser> users, PortalUser user, string? role)
    {
        var current = await users.GetRolesAsync(user);
        var remove = current.Where(r => r != role).ToList();
        var result = remove.Count > 0 ? await users.RemoveFromRolesAsync(user, remove) : IdentityResult.Success;
        if (result.Succeeded && role is not null && !current.Contains(role))
        {
            var roles = services.GetRequiredService<RoleManager<IdentityRole>>();
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }

            result = await users.AddToRoleAsync(user, role);
        }

        if (result.Succeeded && (remove.Count > 0 || (role is not null && !current.Contains(role))))
        {
            // Screens signed in with the old role re-check and lose what it gave them.
            result = await users.UpdateSecurityStampAsync(user);
        }

        return result.Succeeded ? AdminResult.Ok : IdentityProblems(result);
    }

    /// <summary>The most privileged of each user's roles.</summary>
    private static async Task<Dictionary<string, string>> RolesByUserAsync(PortalDbContext db, CancellationToken cancellationToken)
    {
        var rows = await (from userRole in db.UserRoles
                          join role in db.Roles on userRole.RoleId equals role.Id
                          select new { userRole.UserId, role.Name }).ToListAsync(cancellationToken);
        return rows.Where(r => r.Name is not null && PortalRoles.All.Contains(r.Name))
            .GroupBy(r => r.UserId)
            .ToDictionary(g => g.Key, g => g.Select(r => r.Name!).OrderByDescending(Rank).First(), StringComparer.Ordinal);
    }

    private static int Rank(string role) => role switch { PortalRoles.Admin => 2, PortalRoles.Supervisor => 1, _ => 0 };

    private static AdminResult IdentityProblems(IdentityResult result) =>
        AdminResult.From(result.Errors
            .GroupBy(e => e.Code.StartsWith("Password", StringComparison.Ordinal) ? "Password" : e.Code.Contains("UserName", StringComparison.Ordinal) ? "UserName" : "")
            .ToDictionary(g => g.Key, g => string.Join(" ", g.Select(e => e.Description)), StringComparer.Ordinal));
}
