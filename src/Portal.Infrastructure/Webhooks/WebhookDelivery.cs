namespace Portal.Infrastructure.Webhooks;

/// <summary>One event to deliver to one subscription, and how its attempts went.</summary>
public sealed class WebhookDelivery
{
    public long Id { get; set; }
    public long SubscriptionId { get; set; }

    /// <summary>A unique id per event, sent so receivers can drop duplicates.</summary>
    public string EventId { get; set; } = "";

    public string EventType { get; set; } = "";
    public string Payload { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public int Attempts { get; set; }
    public DateTimeOffset? LastAttemptAt { get; set; }
    public DateTimeOffset? NextAttemptAt { get; set; }
    public int? LastStatusCode { get; set; }
    public string? LastError { get; set; }

    /// <summary>PENDING, DELIVERED or FAILED (gave up after the last retry).</summary>
    public string State { get; set; } = WebhookDeliveryStates.Pending;
}

public static class WebhookDeliveryStates
{
    public const string Pending = "PENDING";
    public const string Delivered = "DELIVERED";
    public const string Failed = "FAILED";
}
