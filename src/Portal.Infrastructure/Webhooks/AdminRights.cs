namespace Portal.Infrastructure.Webhooks;

using Microsoft.EntityFrameworkCore;
using Portal.Domain.Users;
using Portal.Infrastructure.Data;

/// <summary>The check behind every webhook administration call: the caller is an active admin.</summary>
internal static class AdminRights
{
    public static async Task RequireAsync(PortalDbContext db, string userName, CancellationToken cancellationToken)
    {
        var isAdmin = await (from user in db.Users
                             join userRole in db.UserRoles on user.Id equals userRole.UserId
                             join role in db.Roles on userRole.RoleId equals role.Id
                             where user.UserName == userName && user.Active && role.Name == PortalRoles.Admin
                             select role).AnyAsync(cancellationToken);
        if (!isAdmin)
        {
            throw new UnauthorizedAccessException("Only an admin may manage webhooks.");
        }
    }
}
