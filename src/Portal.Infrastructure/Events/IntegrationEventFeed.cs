namespace Portal.Infrastructure.Events;

using System.Collections.Immutable;
using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Portal.Infrastructure.Data;
using Portal.Infrastructure.Sessions;
using Portal.Infrastructure.Supervision;

/// <summary>
/// The one subscription of integrations to the session bus: every session change is queued (the bus handler only
/// enqueues, so session actors never wait), translated once into contract events, and handed to each consumer
/// (the event hub, the webhook outbox) in order, through a channel of its own so a slow consumer delays no other.
/// </summary>
public sealed class IntegrationEventFeed(SessionEventBus bus, AgentDirectory agents, ILogger<IntegrationEventFeed> logger)
    : BackgroundService
{
    private readonly Channel<SessionChange> _changes = Channel.CreateUnbounded<SessionChange>(new UnboundedChannelOptions { SingleReader = true });
    private ImmutableArray<Channel<IntegrationEvent>> _consumers = [];
    private IDisposable? _subscription;

    /// <summary>
    /// A new consumer's stream of every event from now on. It completes when Portal stops, after the events already
    /// queued, so a consumer may drain it instead of watching its own stopping token.
    /// </summary>
    public ChannelReader<IntegrationEvent> Open()
    {
        var channel = Channel.CreateUnbounded<IntegrationEvent>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
        ImmutableInterlocked.Update(ref _consumers, consumers => consumers.Add(channel));
        return channel.Reader;
    }

    /// <summary>Ends a consumer's stream before Portal stops (its work moved to another node): nothing more is queued for it.</summary>
    public void Close(ChannelReader<IntegrationEvent> events)
    {
        var closing = _consumers.FirstOrDefault(c => c.Reader == events);
        if (closing is not null)
        {
            ImmutableInterlocked.Update(ref _consumers, consumers => consumers.Remove(closing));
            closing.Writer.TryComplete();
        }
    }

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        _subscription = bus.SubscribeAll(change => _changes.Writer.TryWrite(change));
        return base.StartAsync(cancellationToken);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        _subscription?.Dispose();
        _changes.Writer.TryComplete();
        await base.StopAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            // Not cancelled by stoppingToken: what was queued before the stop is still handed on.
            await foreach (var change in _changes.Reader.ReadAllAsync(CancellationToken.None))
            {
                await HandOnAsync(change);
            }
        }
        finally
        {
            foreach (var consumer in _consumers)
            {
                consumer.Writer.TryComplete();
            }
        }
    }

    private async Task HandOnAsync(SessionChange change)
    {
        try
        {
            var profile = await agents.FindAsync(change.Session.AgentUser);
            var events = IntegrationEventTranslator.Translate(change, profile?.UserGroupId ?? "");
            foreach (var consumer in _consumers)
            {
                foreach (var integrationEvent in events)
                {
                    consumer.Writer.TryWrite(integrationEvent);
                }
            }
        }
        catch (Exception ex)
        {
            logger.LogFailure(ex, "Could not translate a session change of agent {AgentUser} into integration events", change.Session.AgentUser);
        }
    }

    public override void Dispose()
    {
        _subscription?.Dispose();
        base.Dispose();
    }
}
