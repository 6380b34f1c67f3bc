namespace Portal.Web.Events;

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using Portal.Infrastructure.Events;

/// <summary>
/// The live event stream for integrations and screens (<c>/hubs/events</c>). A caller authenticates with an API key
/// (<c>Authorization: Bearer pk_…</c>) or the portal's sign-in cookie, then subscribes to topics; every event of a
/// subscribed topic that the caller may see arrives once on the client method <c>event</c>. A refused subscription
/// throws a <see cref="HubException"/> whose message says why.
/// </summary>
[Authorize(Policy = EventStream.Policy)]
public sealed class EventHub(EventSubscribers subscribers, EventHubConnections connections, EventViewers viewers) : Hub
{
    public override async Task OnConnectedAsync()
    {
        var userName = Context.User?.Identity?.Name ?? "";
        connections.Opened(Context);
        subscribers.Connect(Context.ConnectionId, await viewers.ForAsync(userName, Context.ConnectionAborted));
        await base.OnConnectedAsync();
    }

    public override Task OnDisconnectedAsync(Exception? exception)
    {
        connections.Closed(Context.ConnectionId);
        subscribers.Disconnect(Context.ConnectionId);
        return base.OnDisconnectedAsync(exception);
    }

    /// <summary>One agent's events. Agents may subscribe to themselves only.</summary>
    /// <returns>The topic's name, for <see cref="Unsubscribe"/>: <c>agent:1001</c>.</returns>
    public string SubscribeAgent(string? agentUser) => Subscribe(EventTopicKind.Agent, agentUser, "an agent user");

    /// <summary>The events of the agents logged in to a campaign.</summary>
    public string SubscribeCampaign(string? campaignId) => Subscribe(EventTopicKind.Campaign, campaignId, "a campaign id");

    /// <summary>The events of the agents of a user group.</summary>
    public string SubscribeUserGroup(string? groupId) => Subscribe(EventTopicKind.UserGroup, groupId, "a user group id");

    /// <summary>Every event the caller may see.</summary>
    public string SubscribeAll() => Subscribe(EventTopic.All);

    /// <summary>Stops a subscription, named as its Subscribe… call returned it.</summary>
    /// <returns>False when the connection was not subscribed to it.</returns>
    public bool Unsubscribe(string? topic) => EventTopic.TryParse(topic, out var parsed)
        ? subscribers.Unsubscribe(Context.ConnectionId, parsed)
        : throw new HubException($"Unknown topic '{topic}': use a name a Subscribe… call returned, e.g. agent:1001, campaign:TESTCAMP, usergroup:AGENTS or all.");

    /// <summary>The topics this connection follows.</summary>
    public IReadOnlyList<string> Subscriptions() => subscribers.TopicsOf(Context.ConnectionId);

    private string Subscribe(EventTopicKind kind, string? id, string what)
    {
        id = id?.Trim();
        if (string.IsNullOrEmpty(id) || id.Length > EventTopic.MaxIdLength)
        {
            throw new HubException($"Give {what} of 1 to {EventTopic.MaxIdLength} characters.");
        }

        return Subscribe(new EventTopic(kind, id));
    }

    private string Subscribe(EventTopic topic) =>
        subscribers.Subscribe(Context.ConnectionId, topic) is { } refusal ? throw new HubException(refusal) : topic.Name;
}
