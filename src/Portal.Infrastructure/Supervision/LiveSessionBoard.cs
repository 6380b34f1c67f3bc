namespace Portal.Infrastructure.Supervision;

using Microsoft.EntityFrameworkCore;
using Portal.Domain.Sessions;
using Portal.Domain.Users;
using Portal.Infrastructure.Data;
using Portal.Infrastructure.Sessions;

/// <summary>
/// What a supervisor may watch: the live sessions in the campaigns their user group allows (admins: all),
/// read from memory and pushed on change, so a wallboard costs the database nothing per viewer.
/// </summary>
public sealed class LiveSessionBoard(IDbContextFactory<PortalDbContext> contexts, SessionRuntime sessions, SessionEventBus bus, AgentDirectory agents)
{
    public async Task<SupervisorScope> ScopeForAsync(string userName, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.UserName == userName, cancellationToken);
        if (user is null || !user.Active)
        {
            return SupervisorScope.Nothing;
        }

        var isAdmin = await (from userRole in db.UserRoles
                             join role in db.Roles on userRole.RoleId equals role.Id
                             where userRole.UserId == user.Id && role.Name == PortalRoles.Admin
                             select role).AnyAsync(cancellationToken);
        if (isAdmin)
        {
            return SupervisorScope.Everything;
        }

        var group = await db.UserGroups.AsNoTracking().SingleOrDefaultAsync(g => g.Id == user.UserGroupId, cancellationToken);
        if (group is null)
        {
            return SupervisorScope.Nothing;
        }

        var profiles = await agents.AllAsync(cancellationToken);
        return new SupervisorScope(group.Allows, group.CanView, agent => profiles.GetValueOrDefault(agent)?.UserGroupId);
    }

    public IReadOnlyList<SessionSnapshot> Visible(SupervisorScope scope) => [.. sessions.All().Where(scope.Allows)];

    public IDisposable Watch(Action<SessionChange> onChange) => bus.SubscribeAll(onChange);
}
