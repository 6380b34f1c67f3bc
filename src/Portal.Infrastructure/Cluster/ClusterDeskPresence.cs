namespace Portal.Infrastructure.Cluster;

using Microsoft.Extensions.Hosting;
using Portal.Infrastructure.Sessions.Presence;

/// <summary>
/// Each node knows only the desks open on it. When an agent's desk moves (their browser reconnects to another node,
/// or they open the desk elsewhere), the node they left must not pause them as LAGGED: a desk opening on one node
/// tells the others, which stop tracking that agent.
/// </summary>
public sealed class ClusterDeskPresence(IClusterBroadcast cluster, DeskPresence presence) : IHostedService
{
    public const string Topic = "desk-opened";

    private IDisposable? _subscription;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        presence.FirstDeskOpened += Publish;
        _subscription = cluster.Subscribe<string>(Topic, presence.OpenedElsewhere);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        presence.FirstDeskOpened -= Publish;
        _subscription?.Dispose();
        return Task.CompletedTask;
    }

    private void Publish(string agentUser) => cluster.Publish(Topic, agentUser);
}
