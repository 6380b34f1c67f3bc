namespace Portal.Infrastructure.Events;

using System.Collections.Concurrent;
using Portal.Infrastructure.Supervision;

/// <summary>
/// Who is watching the live events and what they may see: an agent sees their own session only; a supervisor, an
/// admin or an API user sees the sessions their user group's scope allows (allowed campaigns and viewable user
/// groups, as on the supervisor's Live sessions page). Decided per event, so "everything I may see" stays true.
/// </summary>
public sealed class EventViewer
{
    private readonly SupervisorScope? _scope;
    private readonly ConcurrentDictionary<string, bool> _campaigns = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _userGroups = new(StringComparer.Ordinal);

    private EventViewer(string userName, SupervisorScope? scope)
    {
        UserName = userName;
        _scope = scope;
    }

    public string UserName { get; }

    /// <summary>An agent: their own events only.</summary>
    public static EventViewer Self(string agentUser) => new(agentUser, null);

    public static EventViewer Scoped(string userName, SupervisorScope scope) => new(userName, scope);

    public bool Sees(IntegrationEvent integrationEvent) => _scope is null
        ? integrationEvent.AgentUser == UserName
        : AllowsCampaign(integrationEvent.CampaignId) && AllowsUserGroup(integrationEvent.UserGroup);

    /// <summary>Why this viewer may not subscribe to <paramref name="topic"/>, or null when they may.</summary>
    public string? RefusalFor(EventTopic topic)
    {
        if (_scope is null)
        {
            return topic.Kind == EventTopicKind.Agent && topic.Id == UserName
                ? null
                : $"Agents may subscribe to their own events only: call SubscribeAgent(\"{UserName}\").";
        }

        if (ReferenceEquals(_scope, SupervisorScope.Nothing))
        {
            return $"User {UserName} is not active or has no user group, so there are no events it may see.";
        }

        return topic.Kind switch
        {
            EventTopicKind.Agent when !_scope.AllowsAgent(topic.Id) =>
                $"Agent {topic.Id} is unknown or not in a user group {UserName} may view.",
            EventTopicKind.Campaign when !AllowsCampaign(topic.Id) =>
                $"Campaign {topic.Id} is not one {UserName} may watch: its user group does not allow it.",
            EventTopicKind.UserGroup when !AllowsUserGroup(topic.Id) =>
                $"User group {topic.Id} is not one {UserName} may view.",
            _ => null,
        };
    }

    // The scope is fixed for the viewer's lifetime, so each campaign's and group's answer is worked out once.
    private bool AllowsCampaign(string campaignId) => _campaigns.GetOrAdd(campaignId, _scope!.Allows);

    private bool AllowsUserGroup(string userGroup) => _userGroups.GetOrAdd(userGroup, _scope!.AllowsUserGroup);
}
