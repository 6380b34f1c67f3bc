namespace Portal.Infrastructure.Webhooks;

/// <summary>An active subscription as the outbox matches events against it.</summary>
internal sealed record ActiveWebhook(long Id, IReadOnlySet<string>? EventTypes)
{
    public bool Wants(string eventType) => EventTypes is null || EventTypes.Contains(eventType);
}
