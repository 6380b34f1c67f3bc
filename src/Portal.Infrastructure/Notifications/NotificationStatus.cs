namespace Portal.Infrastructure.Notifications;

/// <summary>The <see cref="Calls.QueuedNotification.Status"/> values (VICIdial's notification_status).</summary>
public static class NotificationStatus
{
    /// <summary>Waiting for its time; delivered once to whoever is logged in then.</summary>
    public const string Queued = "QUEUED";

    /// <summary>
    /// Waiting, and retried until at least one recipient is logged in (notification_retry=Y). The table has no retry
    /// column, so the flag travels in the status; both pending statuses start with QUEUED.
    /// </summary>
    public const string QueuedWithRetry = "QUEUED_RETRY";

    /// <summary>Shown on at least one screen, or due and delivered to whoever was logged in.</summary>
    public const string Sent = "SENT";

    /// <summary>A retried notification nobody was logged in for within <see cref="NotificationDispatcher.RetryWindow"/>.</summary>
    public const string Expired = "EXPIRED";

    public static bool IsPending(string status) => status is Queued or QueuedWithRetry;
}
