namespace Portal.Infrastructure.Notifications;

using System.Collections.Concurrent;
using Microsoft.Extensions.Hosting;
using Portal.Domain.Sessions;
using Portal.Infrastructure.Sessions;

/// <summary>
/// The notifications on each agent's screen, kept beside the session so that a reloaded (or second) desk shows the same
/// list: every notification the session receives, until the agent dismisses it or, unless its sender pinned it, until
/// <see cref="Lifetime"/> has passed. A session that ends takes its notifications with it.
/// </summary>
public sealed class DeskNotificationBoard : IHostedService, IDisposable
{
    /// <summary>How long an unpinned notification stays on the screen.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);

    /// <summary>The most notifications kept per agent; the oldest go first.</summary>
    public const int MaxPerAgent = 20;

    private readonly ConcurrentDictionary<string, List<DeskNotification>> _byAgent = new(StringComparer.Ordinal);
    private readonly TimeProvider _time;
    private readonly IDisposable _subscription;
    private long _nextId;

    public DeskNotificationBoard(SessionEventBus bus, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(bus);
        _time = time;
        _subscription = bus.SubscribeAll(Record);
    }

    /// <summary>The agent's notifications still on screen, oldest first.</summary>
    public IReadOnlyList<DeskNotification> OnScreen(string agentUser)
    {
        if (!_byAgent.TryGetValue(agentUser, out var list))
        {
            return [];
        }

        var now = _time.GetUtcNow();
        lock (list)
        {
            list.RemoveAll(n => n.ExpiresAt <= now);
            return [.. list];
        }
    }

    /// <summary>The agent closed a notification: it leaves every desk of theirs, now and after a reload.</summary>
    public void Dismiss(string agentUser, long id)
    {
        if (_byAgent.TryGetValue(agentUser, out var list))
        {
            lock (list)
            {
                list.RemoveAll(n => n.Id == id);
            }
        }
    }

    /// <summary>
    /// Adds the notifications of a session change (idempotent: the desk that sees the change first adds them, the
    /// board's own subscription finds them there), and forgets everything when the session ends.
    /// </summary>
    public void Record(SessionChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        var agentUser = change.Session.AgentUser;
        if (change.EndedSession)
        {
            _byAgent.TryRemove(agentUser, out _);
            return;
        }

        foreach (var received in change.Events.OfType<NotificationReceived>())
        {
            Add(received);
        }
    }

    /// <summary>Adds one notification the session received, unless it is already on the board.</summary>
    public void Add(NotificationReceived received)
    {
        ArgumentNullException.ThrowIfNull(received);
        var list = _byAgent.GetOrAdd(received.AgentUser, _ => []);
        lock (list)
        {
            if (list.Exists(n => n.Received == received))
            {
                return;
            }

            var expires = received.Notification.Pinned ? DateTimeOffset.MaxValue : received.At + Lifetime;
            list.Add(new DeskNotification(Interlocked.Increment(ref _nextId), received, expires));
            if (list.Count > MaxPerAgent)
            {
                list.RemoveRange(0, list.Count - MaxPerAgent);
            }
        }
    }

    /// <summary>A hosted service only to exist from start-up, so that no notification predates its subscription.</summary>
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public void Dispose() => _subscription.Dispose();
}

/// <summary>A notification on an agent's screen: its id on the board, what was received, and when it leaves by itself.</summary>
public sealed record DeskNotification(long Id, NotificationReceived Received, DateTimeOffset ExpiresAt)
{
    public AgentNotification Notification => Received.Notification;

    public bool Pinned => Received.Notification.Pinned;
}
