namespace Portal.Web.Events;

using System.Collections.Concurrent;
using System.Collections.Immutable;
using Portal.Infrastructure.Events;

/// <summary>
/// Who listens to what on the event hub: each connection's viewer (what it may see) and topics, and for each topic
/// the connections following it. An event's recipients are the connections following any of its topics that may see
/// it: each connection gets an event once however many of its topics match, and only when its own scope allows it.
/// (Plain SignalR groups per topic could do neither: a connection in two matching groups would get the event twice,
/// and a group cannot apply each member's scope.) The cost per event is a few lookups plus one check per candidate.
/// </summary>
public sealed class EventSubscribers
{
    private readonly ConcurrentDictionary<string, Listener> _connections = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<EventTopic, ImmutableHashSet<string>> _byTopic = new();

    public void Connect(string connectionId, EventViewer viewer) => _connections[connectionId] = new Listener(viewer);

    public void Disconnect(string connectionId)
    {
        if (!_connections.TryRemove(connectionId, out var listener))
        {
            return;
        }

        lock (listener)
        {
            listener.Closed = true;
            foreach (var topic in listener.Topics)
            {
                Unfollow(topic, connectionId);
            }

            listener.Topics.Clear();
        }
    }

    /// <summary>Follows <paramref name="topic"/>; returns why the connection may not, or null when it now follows it.</summary>
    public string? Subscribe(string connectionId, EventTopic topic)
    {
        if (!_connections.TryGetValue(connectionId, out var listener))
        {
            return "The connection has closed.";
        }

        if (listener.Viewer.RefusalFor(topic) is { } refusal)
        {
            return refusal;
        }

        lock (listener)
        {
            if (!listener.Closed && listener.Topics.Add(topic))
            {
                _byTopic.AddOrUpdate(topic, _ => [connectionId], (_, ids) => ids.Add(connectionId));
            }
        }

        return null;
    }

    /// <summary>Stops following <paramref name="topic"/>; false when the connection did not follow it.</summary>
    public bool Unsubscribe(string connectionId, EventTopic topic)
    {
        if (!_connections.TryGetValue(connectionId, out var listener))
        {
            return false;
        }

        lock (listener)
        {
            if (!listener.Topics.Remove(topic))
            {
                return false;
            }

            Unfollow(topic, connectionId);
            return true;
        }
    }

    public IReadOnlyList<string> TopicsOf(string connectionId)
    {
        if (!_connections.TryGetValue(connectionId, out var listener))
        {
            return [];
        }

        lock (listener)
        {
            return [.. listener.Topics.Select(t => t.Name).Order(StringComparer.Ordinal)];
        }
    }

    /// <summary>The connections to send <paramref name="integrationEvent"/> to, each once.</summary>
    public IReadOnlyList<string> RecipientsOf(IntegrationEvent integrationEvent)
    {
        HashSet<string>? recipients = null;
        foreach (var topic in EventTopic.Of(integrationEvent))
        {
            if (!_byTopic.TryGetValue(topic, out var connectionIds))
            {
                continue;
            }

            foreach (var connectionId in connectionIds)
            {
                if (_connections.TryGetValue(connectionId, out var listener) && listener.Viewer.Sees(integrationEvent))
                {
                    (recipients ??= new HashSet<string>(StringComparer.Ordinal)).Add(connectionId);
                }
            }
        }

        return recipients is null ? [] : [.. recipients];
    }

    private void Unfollow(EventTopic topic, string connectionId)
    {
        var remaining = _byTopic.AddOrUpdate(topic, _ => [], (_, ids) => ids.Remove(connectionId));
        if (remaining.IsEmpty)
        {
            // Only removed while still empty, so a connection that just followed the topic is not lost.
            _byTopic.TryRemove(new KeyValuePair<EventTopic, ImmutableHashSet<string>>(topic, remaining));
        }
    }

    private sealed class Listener(EventViewer viewer)
    {
        public EventViewer Viewer { get; } = viewer;

        public HashSet<EventTopic> Topics { get; } = [];

        public bool Closed { get; set; }
    }
}
