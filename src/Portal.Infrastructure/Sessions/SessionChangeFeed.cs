namespace Portal.Infrastructure.Sessions;

using System.Collections.Concurrent;
using System.Diagnostics;
using Portal.Domain.Sessions;
using Portal.Infrastructure.Telemetry;

/// <summary>
/// Takes each stored change from the session grain that made it to this node's subscribers (screens, wallboards, the
/// event hub, the call center), in order per agent and once each: a change already delivered, or older than one
/// delivered, is dropped. The replica is updated first, so a subscriber that looks a session up sees the change.
/// In a cluster the change also goes to every other node through the relay (Redis), and comes back from it.
/// </summary>
public sealed class SessionChangeFeed(LiveSessionReplica live, SessionEventBus bus, ISessionChangeRelay relay)
{
    private readonly ConcurrentDictionary<string, SessionSnapshot> _delivered = new(StringComparer.Ordinal);

    /// <summary>
    /// Called by a session grain once the change is committed. The subscribers run on the grain's thread, before the
    /// command is acknowledged, but on the default task scheduler: work they start (a call routed to a READY agent,
    /// a timer) continues on the thread pool, not on the grain's scheduler, where it would wait behind this grain's turns
    /// and end with its activation.
    /// </summary>
    public void Publish(SessionChange change)
    {
        var started = Stopwatch.GetTimestamp();
        var delivery = new Task(static state => { var (feed, change) = ((SessionChangeFeed, SessionChange))state!; feed.Deliver(change); }, (this, change));
        delivery.RunSynchronously(TaskScheduler.Default);
        PortalMetrics.ChangeDelivered(Stopwatch.GetElapsedTime(started), fromOtherNode: false);
        relay.Send(change);
    }

    /// <summary>A change made on another node (or this one, echoed back), sent at <paramref name="sentAt"/>.</summary>
    public void Receive(SessionChange change, DateTimeOffset sentAt)
    {
        if (Deliver(change))
        {
            PortalMetrics.ChangeDelivered(DateTimeOffset.UtcNow - sentAt, fromOtherNode: true);
        }
    }

    /// <summary>
    /// Catches up with the stored sessions after this node may have missed changes (its connection to Redis dropped):
    /// each stored session newer than what this node knows is delivered; a session this node knew before the gap
    /// (<paramref name="knownBefore"/>, taken before reading the store) that is no longer stored and has not changed
    /// since ended meanwhile, and is delivered as logged out.
    /// </summary>
    public void Resync(IReadOnlyList<SessionSnapshot> knownBefore, IReadOnlyList<SessionSnapshot> stored)
    {
        ArgumentNullException.ThrowIfNull(knownBefore);
        ArgumentNullException.ThrowIfNull(stored);
        var storedAgents = new HashSet<string>(stored.Select(s => s.AgentUser), StringComparer.Ordinal);
        foreach (var session in stored)
        {
            Deliver(new SessionChange(session, []));
        }

        foreach (var known in knownBefore.Where(s => !storedAgents.Contains(s.AgentUser)))
        {
            if (ReferenceEquals(live.Find(known.AgentUser), known))
            {
                Deliver(new SessionChange(known with { State = AgentState.LoggedOut, Call = null, Version = known.Version + 1 }, []));
            }
        }
    }

    /// <summary>Hands a change to this node's subscribers; false when it was delivered before (or a later one was).</summary>
    private bool Deliver(SessionChange change)
    {
        var session = change.Session;
        var isNew = true;
        _delivered.AddOrUpdate(
            session.AgentUser,
            session,
            (_, delivered) =>
            {
                isNew = LiveSessionReplica.IsLater(session, delivered);
                return isNew ? session : delivered;
            });
        if (!isNew)
        {
            return false;
        }

        live.Apply(session);
        bus.Publish(change);
        return true;
    }
}
