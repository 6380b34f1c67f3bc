namespace Portal.Infrastructure.Webhooks;

/// <summary>A new subscription and its signing secret, which is shown this once.</summary>
public sealed record RegisteredWebhook(WebhookSummary Webhook, string Secret);
