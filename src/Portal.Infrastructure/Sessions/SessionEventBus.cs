namespace Portal.Infrastructure.Sessions;

using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.Extensions.Logging;
using Portal.Infrastructure.Data;

/// <summary>
/// The in-process bus from session actors to screens, wallboards and integrations. Handlers run on the
/// publisher's thread and must return quickly (a Blazor component hands off with InvokeAsync).
/// Subscriptions are disposable; an undisposed one keeps its subscriber alive. A handler runs in the execution context
/// it subscribed from (<see cref="SubscriberContext"/>).
/// </summary>
public sealed class SessionEventBus(ILogger<SessionEventBus> logger)
{
    private readonly ConcurrentDictionary<string, ImmutableList<Action<SessionChange>>> _byAgent = new(StringComparer.Ordinal);
    private ImmutableList<Action<SessionChange>> _all = [];

    /// <summary>Every change of every session (wallboards, the event hub).</summary>
    public IDisposable SubscribeAll(Action<SessionChange> handler)
    {
        handler = SubscriberContext.Bind(handler);
        ImmutableInterlocked.Update(ref _all, list => list.Add(handler));
        return new Subscription(() => ImmutableInterlocked.Update(ref _all, list => list.Remove(handler)));
    }

    /// <summary>Changes of one agent's session (that agent's screen).</summary>
    public IDisposable SubscribeAgent(string agentUser, Action<SessionChange> handler)
    {
        handler = SubscriberContext.Bind(handler);
        _byAgent.AddOrUpdate(agentUser, _ => [handler], (_, list) => list.Add(handler));
        return new Subscription(() => _byAgent.AddOrUpdate(agentUser, _ => [], (_, list) => list.Remove(handler)));
    }

    public void Publish(SessionChange change)
    {
        if (_byAgent.TryGetValue(change.Session.AgentUser, out var agentHandlers))
        {
            Deliver(agentHandlers, change);
        }

        Deliver(_all, change);
    }

    private void Deliver(ImmutableList<Action<SessionChange>> handlers, SessionChange change)
    {
        foreach (var handler in handlers)
        {
            try
            {
                handler(change);
            }
            catch (Exception ex)
            {
                // One broken subscriber must not stop the others or the session.
                logger.LogFailure(ex, "A session event subscriber failed for agent {AgentUser}", change.Session.AgentUser);
            }
        }
    }

    private sealed class Subscription(Action unsubscribe) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                unsubscribe();
            }
        }
    }
}
