namespace Portal.Infrastructure.Webhooks;

/// <summary>A webhook subscription as admins see it: never its secret.</summary>
/// <param name="EventTypes">The contract event types it receives; empty when <paramref name="AllEvents"/>.</param>
/// <param name="AllEvents">Receives every event type, including types added later.</param>
public sealed record WebhookSummary(
    long Id, string Url, IReadOnlyList<string> EventTypes, bool AllEvents, bool Active, string CreatedBy, DateTimeOffset CreatedAt)
{
    internal static WebhookSummary Of(WebhookSubscription subscription)
    {
        var all = subscription.EventTypes == WebhookEventTypes.All;
        return new(subscription.Id, subscription.Url, all ? [] : WebhookEventTypes.Parse(subscription.EventTypes), all,
            subscription.Active, subscription.CreatedBy, subscription.CreatedAt);
    }
}
