namespace Portal.Infrastructure.Webhooks;

using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Portal.Infrastructure.Data;
using Portal.Infrastructure.Events;
using Portal.Infrastructure.Cluster;

/// <summary>
/// Persists a PENDING delivery for every event and every active subscription that wants its type, in batches, before
/// anything is sent; then wakes the dispatcher. What is persisted is delivered even across a restart.
/// </summary>
public sealed class WebhookOutbox(
    IntegrationEventFeed feed,
    WebhookRegistry registry,
    WebhookDispatcher dispatcher,
    IDbContextFactory<PortalDbContext> contexts,
    ClusterSettings settings,
    TimeProvider time,
    ILogger<WebhookOutbox> logger) : BackgroundService
{
    private const int MaxBatch = 500;

    private ChannelReader<IntegrationEvent>? _events;

    /// <summary>
    /// Listens from the start of the work on: a node that did not lead (or leads no longer) keeps no events for
    /// webhooks, so none is stored twice when the work moves.
    /// </summary>
    public override Task StartAsync(CancellationToken cancellationToken)
    {
        _events = feed.Open();
        return base.StartAsync(cancellationToken);
    }

    /// <summary>Hands the work over: the events already heard are stored, and this node stops listening.</summary>
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        if (settings.IsCluster && _events is { } events)
        {
            feed.Close(events);
        }

        await base.StopAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<IntegrationEvent>(MaxBatch);
        var events = _events!;

        // Drained to the end: the feed completes this stream when Portal stops (or the work moves), after the events
        // it still had.
        while (await events.WaitToReadAsync(CancellationToken.None))
        {
            batch.Clear();
            while (batch.Count < MaxBatch && events.TryRead(out var integrationEvent))
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
