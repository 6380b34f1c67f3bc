namespace Portal.Infrastructure.AgentApi.Leads;

/// <summary>Why an in-group change was not made, in the order the checks run.</summary>
public enum InGroupChangeProblem
{
    /// <summary>The agent has no live session.</summary>
    NotLoggedIn,

    /// <summary>The agent's campaign takes no inbound calls.</summary>
    CampaignNotInbound,

    /// <summary>The user asking may not change agents' in-groups (VICIdial's change_agent_campaign).</summary>
    ChangeNotAllowed,

    /// <summary>Blended was asked for in a campaign without outbound auto-dial.</summary>
    BlendedNeedsAutoDial,

    /// <summary>An in-group sent does not exist.</summary>
    UnknownInGroup,

    /// <summary>An in-group sent is not an active in-group of the agent's campaign.</summary>
    InGroupNotInCampaign,

    /// <summary>ADD and REMOVE need at least one in-group.</summary>
    InGroupsRequired,

    /// <summary>The session refused the change.</summary>
    Refused,
}
