namespace Portal.Infrastructure.Events;

using Microsoft.EntityFrameworkCore;
using Portal.Domain.Users;
using Portal.Infrastructure.Data;
using Portal.Infrastructure.Supervision;

/// <summary>Works out, once per connection, what a signed-in user or API-key holder may see of the live events.</summary>
public sealed class EventViewers(IDbContextFactory<PortalDbContext> contexts, LiveSessionBoard board)
{
    public async Task<EventViewer> ForAsync(string userName, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var roles = await (from user in db.Users
                           join userRole in db.UserRoles on user.Id equals userRole.UserId
                           join role in db.Roles on userRole.RoleId equals role.Id
                           where user.UserName == userName
                           select role.Name).ToListAsync(cancellationToken);

        // Someone who works the agent screen and supervises nobody follows their own session only. API-only users
        // (no screen role) and supervisors see what their user group's scope allows; admins see everything.
        var supervises = roles.Contains(PortalRoles.Supervisor) || roles.Contains(PortalRoles.Admin);
        if (!supervises && roles.Contains(PortalRoles.Agent))
        {
            return EventViewer.Self(userName);
        }

        return EventViewer.Scoped(userName, await board.ScopeForAsync(userName, cancellationToken));
    }
}
