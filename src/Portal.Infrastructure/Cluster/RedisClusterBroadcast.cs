namespace Portal.Infrastructure.Cluster;

using Microsoft.Extensions.Logging;
using Orleans.Serialization;
using StackExchange.Redis;

/// <summary>
/// <see cref="IClusterBroadcast"/> over Redis pub/sub: one channel per topic and cluster, messages in Orleans' binary
/// format, each stamped with the sending node so a node skips its own. Redis hands each subscriber a channel's
/// messages in the order they were published, and this node reads them one at a time in that order.
/// </summary>
public sealed partial class RedisClusterBroadcast(
    IConnectionMultiplexer redis, ClusterSettings settings, Serializer serializer, ILogger<RedisClusterBroadcast> logger)
    : IClusterBroadcast
{
    private readonly string _node = Guid.NewGuid().ToString("N");

    public void Publish<T>(string topic, T message) =>
        redis.GetSubscriber().Publish(
            Channel(topic), serializer.SerializeToArray(new Broadcast<T>(_node, message)), CommandFlags.FireAndForget);

    public IDisposable Subscribe<T>(string topic, Action<T> onMessage)
    {
        var queue = redis.GetSubscriber().Subscribe(Channel(topic));
        queue.OnMessage(received =>
        {
            try
            {
                var broadcast = serializer.Deserialize<Broadcast<T>>((byte[])received.Message!);
                if (broadcast is not null && broadcast.Node != _node)
                {
                    onMessage(broadcast.Message);
                }
            }
            catch (Exception ex)
            {
                LogUnreadable(ex, topic);
            }
        });
        return new Unsubscribe(queue);
    }

    private RedisChannel Channel(string topic) => RedisChannel.Literal($"portal:{settings.ClusterId}:{topic}");

    [LoggerMessage(Level = LogLevel.Error, Message = "A {Topic} message from another node could not be handled")]
    private partial void LogUnreadable(Exception exception, string topic);

    private sealed class Unsubscribe(ChannelMessageQueue queue) : IDisposable
    {
        public void Dispose() => queue.Unsubscribe();
    }
}

/// <summary>A message as it travels between nodes, with the node that sent it.</summary>
[GenerateSerializer, Immutable, Alias("Portal.Broadcast`1")]
public sealed record Broadcast<T>([property: Id(0)] string Node, [property: Id(1)] T Message);
