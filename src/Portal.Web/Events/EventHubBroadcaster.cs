namespace Portal.Web.Events;

using System.Threading.Channels;
using Microsoft.AspNetCore.SignalR;
using Portal.Infrastructure.Events;

/// <summary>
/// Sends each integration event, in order, to the hub connections that follow one of its topics and may see it:
/// one send per event, serialised once, whatever the number of recipients.
/// </summary>
public sealed class EventHubBroadcaster(
    IntegrationEventFeed feed, EventSubscribers subscribers, IHubContext<EventHub> hub, ILogger<EventHubBroadcaster> logger)
    : BackgroundService
{
    private readonly ChannelReader<IntegrationEvent> _events = feed.Open();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var integrationEvent in _events.ReadAllAsync(stoppingToken))
            {
                var recipients = subscribers.RecipientsOf(integrationEvent);
                if (recipients.Count == 0)
                {
                    continue;
                }

                try
                {
                    await hub.Clients.Clients(recipients).SendAsync(EventStream.ClientMethod, integrationEvent, stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    logger.LogWarning(ex, "Event {EventId} could not be sent to {Count} hub connections", integrationEvent.Id, recipients.Count);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Portal is stopping; hub connections are closing too.
        }
    }
}
