namespace Portal.Infrastructure.Supervision;

using Portal.Domain.Sessions;

/// <summary>
/// What a supervisor may see and act on: sessions in the campaigns their user group allows, of agents in the user
/// groups it may view (VICIdial's allowed_campaigns and admin_viewable_groups). Admins see everything. The one rule
/// every surface applies (screens, REST, /agc/api.php, /agent.php, reports); <see cref="LiveSessionBoard.ScopeForAsync"/>
/// builds it for a user.
/// </summary>
public sealed class SupervisorScope(Func<string, bool> allowsCampaign, Func<string, bool> allowsUserGroup, Func<string, string?> userGroupOf)
{
    public static readonly SupervisorScope Everything = new(_ => true, _ => true, _ => null);
    public static readonly SupervisorScope Nothing = new(_ => false, _ => false, _ => null);

    public bool Allows(string campaignId) => allowsCampaign(campaignId);

    public bool AllowsUserGroup(string userGroupId) => allowsUserGroup(userGroupId);

    /// <summary>Whether the supervisor may see and control this agent's live session.</summary>
    public bool Allows(SessionSnapshot session) =>
        allowsCampaign(session.CampaignId) && AllowsAgent(session.AgentUser);

    /// <summary>Whether the agent's user group is one the supervisor may view (an unknown agent is not).</summary>
    public bool AllowsAgent(string agentUser)
    {
        if (ReferenceEquals(this, Everything))
        {
            return true;
        }

        var group = userGroupOf(agentUser);
        return group is not null && allowsUserGroup(group);
    }

    /// <summary>Why the supervisor may not control this live session (user group first, then campaign), or null.</summary>
    public ScopeRefusal? RefusalFor(SessionSnapshot session)
    {
        ArgumentNullException.ThrowIfNull(session);
        if (!AllowsAgent(session.AgentUser))
        {
            return new ScopeRefusal(ScopeRefusalKind.UserGroup, userGroupOf(session.AgentUser) ?? "");
        }

        return allowsCampaign(session.CampaignId) ? null : new ScopeRefusal(ScopeRefusalKind.Campaign, session.CampaignId);
    }

    /// <summary>Why the supervisor may not act on this agent, logged in (<paramref name="session"/>) or not, or null.</summary>
    public ScopeRefusal? RefusalFor(string agentUser, SessionSnapshot? session) =>
        session is not null ? RefusalFor(session)
        : AllowsAgent(agentUser) ? null
        : new ScopeRefusal(ScopeRefusalKind.UserGroup, userGroupOf(agentUser) ?? "");
}
