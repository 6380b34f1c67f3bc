namespace Portal.Infrastructure.Webhooks;

/// <summary>What the admin page does with webhooks. Every call checks that the caller is an admin.</summary>
public interface IWebhookAdmin
{
    /// <summary>Registers a URL for the given contract event types (or <see cref="WebhookEventTypes.All"/>).</summary>
    /// <exception cref="ArgumentException">The URL or the event types are not acceptable (the message says why).</exception>
    /// <exception cref="UnauthorizedAccessException"><paramref name="registeredBy"/> is not an admin.</exception>
    Task<RegisteredWebhook> RegisterAsync(string url, IReadOnlyCollection<string> eventTypes, string registeredBy, CancellationToken cancellationToken = default);

    /// <summary>Stops deliveries to a subscription at once; false when there is no such active subscription.</summary>
    Task<bool> DeactivateAsync(long subscriptionId, string deactivatedBy, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<WebhookSummary>> ListAsync(string viewer, CancellationToken cancellationToken = default);

    /// <summary>The newest deliveries of one subscription, newest first.</summary>
    Task<IReadOnlyList<WebhookDelivery>> RecentDeliveriesAsync(long subscriptionId, int count, string viewer, CancellationToken cancellationToken = default);
}
