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
public sealed class LiveSessionBoard(ScopeGrants grants, SessionRuntime sessions, SessionEventBus bus, AgentDirectory agents)
{
    public async Task<SupervisorScope> ScopeForAsync(string userName, CancellationToken cancellationToken = default)
    {
        var grant = await grants.ForAsync(userName, cancellationToken);
        if (grant.Everything)
        {
            return SupervisorScope.Everything;
        }

        if (grant.Group is not { } group)
        {
            return SupervisorScope.Nothing;
        }

        var profiles = await agents.AllAsync(cancellationToken);
        return new SupervisorScope(group.Allows, group.CanView, agent => profiles.GetValueOrDefault(agent)?.UserGroupId);
    }

    public IReadOnlyList<SessionSnapshot> Visible(SupervisorScope scope) => [.. sessions.All().Where(scope.Allows)];

    public IDisposable Watch(Action<SessionChange> onChange) => bus.SubscribeAll(onChange);
}
