namespace Portal.Infrastructure.Webhooks;

/// <summary>
/// A URL an admin registered to receive events by HTTP POST. Each POST is signed with HMAC-SHA256 of the body under
/// <see cref="Secret"/>, which is shown once when created (it must be kept to sign, so it is stored).
/// </summary>
public sealed class WebhookSubscription
{
    public long Id { get; set; }
    public string Url { get; set; } = "";

    /// <summary>Space-separated event types, or <c>*</c> for all.</summary>
    public string EventTypes { get; set; } = "*";

    public string Secret { get; set; } = "";
    public bool Active { get; set; } = true;
    public string CreatedBy { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
}
