namespace Portal.Infrastructure.Events;

/// <summary>What a live-event subscription follows.</summary>
public enum EventTopicKind
{
    /// <summary>Every event the subscriber may see.</summary>
    All,

    /// <summary>One agent's events.</summary>
    Agent,

    /// <summary>Events of the agents logged in to one campaign.</summary>
    Campaign,

    /// <summary>Events of the agents of one user group.</summary>
    UserGroup,
}
