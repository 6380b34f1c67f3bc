namespace Portal.Infrastructure.Webhooks;

using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Portal.Infrastructure.Data;
using Portal.Infrastructure.Events;

/// <summary>
/// Persists a PENDING delivery for every event and every active subscription that wants its type, in batches, before
/// anything is sent; then wakes the dispatcher. What is persisted is delivered even across a restart.
/// </summary>
public sealed class WebhookOutbox(
    IntegrationEventFeed feed,
    WebhookRegistry registry,
    WebhookDispatcher dispatcher,
    IDbContextFactory<PortalDbContext> contexts,
    TimeProvider time,
    ILogger<WebhookOutbox> logger) : BackgroundService
{
    private const int MaxBatch = 500;

    private readonly ChannelReader<IntegrationEvent> _events = feed.Open();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<IntegrationEvent>(MaxBatch);

        // Drained to the end: the feed completes this stream when Portal stops, after the events it still had.
        while (await _events.WaitToReadAsync(CancellationToken.None))
        {
            batch.Clear();
            while (batch.Count < MaxBatch && _events.TryRead(out var integrationEvent))
            {
                batch.Add(integrationEvent);
            }

            try
            {
                if (await StoreAsync(batch) > 0)
                {
                    dispatcher.Wake();
                }
            }
            catch (Exception ex)
            {
                logger.LogFailure(ex, "Could not store webhook deliveries for {Count} events", batch.Count);
            }
        }
    }

    private async Task<int> StoreAsync(IReadOnlyList<IntegrationEvent> events)
    {
        var subscriptions = await registry.ActiveAsync();
        if (subscriptions.Count == 0)
        {
            return 0;
        }

        var now = time.GetUtcNow();
        var deliveries = (
            from integrationEvent in events
            let wanting = subscriptions.Where(s => s.Wants(integrationEvent.Type)).ToList()
            where wanting.Count > 0
            let payload = IntegrationEventJson.Serialize(integrationEvent)
            from subscription in wanting
            select new WebhookDelivery
            {
                SubscriptionId = subscription.Id,
                EventId = integrationEvent.Id,
                EventType = integrationEvent.Type,
                Payload = payload,
                CreatedAt = now,
                NextAttemptAt = now,
                State = WebhookDeliveryStates.Pending,
            }).ToList();
        if (deliveries.Count == 0)
        {
            return 0;
        }

        await using var db = await contexts.CreateDbContextAsync();
        db.WebhookDeliveries.AddRange(deliveries);
        await db.SaveChangesAsync();
        return deliveries.Count;
    }
}
