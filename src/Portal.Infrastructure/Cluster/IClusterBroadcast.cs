namespace Portal.Infrastructure.Cluster;

/// <summary>
/// Tells every other node of the cluster something this node knows first (the call queue changed, a user changed).
/// Messages on one topic arrive in the order one node sent them. One process on its own has nobody to tell.
/// </summary>
public interface IClusterBroadcast
{
    void Publish<T>(string topic, T message);

    /// <summary>Hears what the other nodes publish on <paramref name="topic"/> (not this node's own); dispose to stop.</summary>
    IDisposable Subscribe<T>(string topic, Action<T> onMessage);
}

/// <summary>One process: nobody else to tell.</summary>
public sealed class NoClusterBroadcast : IClusterBroadcast
{
    public void Publish<T>(string topic, T message)
    {
    }

    public IDisposable Subscribe<T>(string topic, Action<T> onMessage) => new Nothing();

    private sealed class Nothing : IDisposable
    {
        public void Dispose()
        {
        }
    }
}
