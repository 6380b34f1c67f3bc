namespace Portal.Infrastructure.Notifications;

using Portal.Infrastructure.Calls;

/// <summary>
/// Queues a notification for an agent's desk. The dispatcher runs once per cluster, so in a cluster callers on every
/// node reach the leader's <see cref="NotificationDispatcher"/> through this interface (a due notification is then
/// shown by the one node that also delivers the queued ones, never twice).
/// </summary>
public interface INotificationQueue
{
    /// <summary>Stores the notification as queued and, when it is already due, shows it before returning.</summary>
    /// <returns>The notification id.</returns>
    Task<long> QueueAsync(QueuedNotification notification, bool retry, CancellationToken cancellationToken = default);
}
