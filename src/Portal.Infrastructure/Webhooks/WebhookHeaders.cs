namespace Portal.Infrastructure.Webhooks;

/// <summary>The headers of every webhook POST.</summary>
public static class WebhookHeaders
{
    /// <summary>The event type, e.g. agent.state.</summary>
    public const string Event = "X-Portal-Event";

    /// <summary>The delivery id: the same on every retry of one delivery, so receivers can drop duplicates.</summary>
    public const string Delivery = "X-Portal-Delivery";

    /// <summary>Unix time in seconds when this attempt was signed; part of the signed content.</summary>
    public const string Timestamp = "X-Portal-Timestamp";

    /// <summary><c>sha256=</c> and the lower-case hex HMAC-SHA256 of <c>{timestamp}.{body}</c> under the secret.</summary>
    public const string Signature = "X-Portal-Signature";
}
