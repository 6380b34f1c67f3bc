namespace Portal.IntegrationTests;

using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Sessions;
using Portal.Infrastructure.Sessions;

/// <summary>What one agent's screen is shown: every notification pushed to their session while the inbox is open.</summary>
internal sealed class NotificationInbox : IDisposable
{
    private readonly ConcurrentQueue<NotificationReceived> _received = new();
    private readonly IDisposable _subscription;

    private NotificationInbox(SessionEventBus bus, string agentUser) =>
        _subscription = bus.SubscribeAgent(agentUser, change =>
        {
            foreach (var shown in change.Events.OfType<NotificationReceived>())
            {
                _received.Enqueue(shown);
            }
        });

    public IReadOnlyList<NotificationReceived> Received => [.. _received];

    public static NotificationInbox Open(PortalFactory factory, string agentUser) =>
        new(factory.Services.GetRequiredService<SessionEventBus>(), agentUser);

    /// <summary>Waits until a notification arrives (timers, scheduled notifications) and returns it.</summary>
    public async Task<NotificationReceived> WaitForOneAsync(TimeSpan? timeout = null)
    {
        var all = await Eventually.UntilAsync(() => Task.FromResult(Received), r => r.Count > 0, "a notification on the agent's screen", timeout);
        return all[0];
    }

    public void Dispose() => _subscription.Dispose();
}
