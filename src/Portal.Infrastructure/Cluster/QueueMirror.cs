namespace Portal.Infrastructure.Cluster;

using Microsoft.Extensions.Hosting;
using Portal.Infrastructure.Calls;

/// <summary>Keeps this node's <see cref="CallRouter"/> showing the queue the leader routes (cluster only).</summary>
public sealed class QueueMirror(IClusterBroadcast cluster, CallRouter router) : IHostedService
{
    private IDisposable? _subscription;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _subscription = cluster.Subscribe<QueueChange>(CallRouter.QueueTopic, router.Mirror);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _subscription?.Dispose();
        return Task.CompletedTask;
    }
}
