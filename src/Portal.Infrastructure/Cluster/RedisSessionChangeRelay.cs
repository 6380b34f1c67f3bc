namespace Portal.Infrastructure.Cluster;

using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using Portal.Domain.Sessions;
using Portal.Infrastructure.Sessions;
using StackExchange.Redis;

/// <summary>
/// Session changes between nodes over one Redis pub/sub channel per cluster: a grain's changes leave its node in the
/// order they were committed (one connection, pipelined) and Redis hands them to each node in that order, where the
/// feed drops what it has already delivered (its own changes coming back).
/// </summary>
public sealed class RedisSessionChangeRelay(
    IConnectionMultiplexer redis, ClusterSettings settings, Serializer<SessionChangeMessage> serializer,
    IServiceProvider services, ILogger<RedisSessionChangeRelay> logger) : ISessionChangeRelay, IHostedService
{
    private readonly RedisChannel _channel = RedisChannel.Literal($"portal:{settings.ClusterId}:session-changes");
    private ChannelMessageQueue? _queue;

    public void Send(SessionChange change)
    {
        var message = new SessionChangeMessage(change.Session, [.. change.Events], DateTimeOffset.UtcNow);
        redis.GetSubscriber().Publish(_channel, serializer.SerializeToArray(message), CommandFlags.FireAndForget);
    }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        // Resolved here: the feed depends on this relay.
        var feed = services.GetRequiredService<SessionChangeFeed>();
        redis.ConnectionRestored += (_, restored) =>
        {
            if (restored.ConnectionType == ConnectionType.Subscription)
            {
                _ = ResyncAsync(feed);
            }
        };
        _queue = await redis.GetSubscriber().SubscribeAsync(_channel);
        _queue.OnMessage(message =>
        {
            try
            {
                var received = serializer.Deserialize((byte[])message.Message!);
                feed.Receive(new SessionChange(received!.Session, received.Events), received.SentAt);
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "A session change from another node could not be read");
            }
        });
    }

    /// <summary>Changes published while this node's subscription was down are lost to it: read the sessions back.</summary>
    private async Task ResyncAsync(SessionChangeFeed feed)
    {
        try
        {
            var knownBefore = services.GetRequiredService<LiveSessionReplica>().All();
            var stored = await services.GetRequiredService<SessionStore>().LoadLiveAsync(CancellationToken.None);
            feed.Resync(knownBefore, stored);
            logger.LogWarning("The connection to Redis came back: {Count} live sessions read again from the database", stored.Count);
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "The live sessions could not be read again after the connection to Redis came back");
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_queue is not null)
        {
            await _queue.UnsubscribeAsync();
        }
    }
}

/// <summary>A session change as it travels between nodes.</summary>
[GenerateSerializer, Immutable, Alias("Portal.SessionChangeMessage")]
public sealed record SessionChangeMessage(
    [property: Id(0)] SessionSnapshot Session, [property: Id(1)] AgentEvent[] Events, [property: Id(2)] DateTimeOffset SentAt);
