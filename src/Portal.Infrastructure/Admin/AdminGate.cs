namespace Portal.Infrastructure.Admin;

using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Portal.Domain.Users;
using Portal.Infrastructure.Data;

/// <summary>
/// Every admin service asks here first: the caller must be signed in as an active user who holds the Admin role now
/// (read from the database, so a role removed or an account deactivated a moment ago counts at once).
/// </summary>
public sealed class AdminGate(IDbContextFactory<PortalDbContext> contexts)
{
    /// <summary>The admin's user name; throws <see cref="UnauthorizedAccessException"/> for anyone else.</summary>
    public async Task<string> RequireAdminAsync(ClaimsPrincipal caller, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (caller.Identity is not { IsAuthenticated: true, Name: { Length: > 0 } name })
        {
            throw new UnauthorizedAccessException("Only administrators may change Portal's settings.");
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var isAdmin = await (from user in db.Users
                             join userRole in db.UserRoles on user.Id equals userRole.UserId
                             join role in db.Roles on userRole.RoleId equals role.Id
                             where user.UserName == name && user.Active && !user.ApiOnly && role.Name == PortalRoles.Admin
                             select user.Id).AnyAsync(cancellationToken);
        return isAdmin ? name : throw new UnauthorizedAccessException("Only administrators may change Portal's settings.");
    }
}
