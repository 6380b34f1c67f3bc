namespace Portal.Infrastructure.Events;

/// <summary>
/// One thing that happened to a live agent session, in the stable shape external systems receive from the event hub
/// (<c>/hubs/events</c>) and from webhooks. Serialised in camelCase; every key is always present.
/// </summary>
/// <param name="Id">Unique and stable per event: the same event has the same id on the hub and in every webhook.</param>
/// <param name="Type">One of <see cref="IntegrationEventTypes"/>.</param>
/// <param name="At">When it happened (UTC).</param>
/// <param name="AgentUser">The agent whose session it is.</param>
/// <param name="CampaignId">The campaign the agent is logged in to.</param>
/// <param name="UserGroup">The agent's user group ("" when unknown).</param>
/// <param name="State">The agent's state after the event, VICIdial's names: PAUSED, READY, QUEUE, INCALL, DISPO, LOGGED OUT.</param>
/// <param name="PauseCode">The pause code while PAUSED (LOGIN right after login), else null.</param>
/// <param name="Data">What is particular to the type (see the records in <c>Events/Data</c>).</param>
public sealed record IntegrationEvent(
    string Id,
    string Type,
    DateTimeOffset At,
    string AgentUser,
    string CampaignId,
    string UserGroup,
    string State,
    string? PauseCode,
    object Data);
