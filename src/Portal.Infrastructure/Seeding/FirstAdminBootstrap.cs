namespace Portal.Infrastructure.Seeding;

using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.Domain.Users;
using Portal.Infrastructure.Data;
using Portal.Infrastructure.Identity;

/// <summary>
/// Creates the first admin (and the roles and an ADMIN user group) when no user holds the Admin role and
/// <see cref="FirstAdminOptions"/> names one. Does nothing once any admin exists; never logs the password.
/// </summary>
public sealed class FirstAdminBootstrap(
    IDbContextFactory<PortalDbContext> contexts,
    UserManager<PortalUser> users,
    RoleManager<IdentityRole> roles,
    IOptions<PortalOptions> options,
    ILogger<FirstAdminBootstrap> logger)
{
    public const string AdminGroup = "ADMIN";

    public async Task EnsureAsync(CancellationToken cancellationToken)
    {
        var wanted = options.Value.FirstAdmin;
        if (string.IsNullOrWhiteSpace(wanted.UserName) || string.IsNullOrEmpty(wanted.Password))
        {
            return;
        }

        if ((await users.GetUsersInRoleAsync(PortalRoles.Admin)).Count > 0 || await users.FindByNameAsync(wanted.UserName) is not null)
        {
            return;
        }

        foreach (var role in PortalRoles.All.Where(r => !roles.Roles.Any(existing => existing.Name == r)))
        {
            Check(await roles.CreateAsync(new IdentityRole(role)), "role");
        }

        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            if (!await db.UserGroups.AnyAsync(g => g.Id == AdminGroup, cancellationToken))
            {
                db.UserGroups.Add(new UserGroup(AdminGroup, "Administrators", UserGroup.AllCampaigns));
                await db.SaveChangesAsync(cancellationToken);
            }
        }

        var admin = new PortalUser { UserName = wanted.UserName.Trim(), FullName = "Administrator", UserLevel = 9, UserGroupId = AdminGroup };
        Check(await users.CreateAsync(admin, wanted.Password), "user");
        Check(await users.AddToRoleAsync(admin, PortalRoles.Admin), "role membership");
        logger.LogWarning("Created the first admin {UserName} from Portal:FirstAdmin; change its password after signing in", admin.UserName);
    }

    private static void Check(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(
                $"Portal:FirstAdmin: could not create the first admin's {what}: {string.Join(" ", result.Errors.Select(e => e.Description))}");
        }
    }
}
