namespace Portal.Infrastructure.Telemetry;

using System.Diagnostics.Metrics;
using Microsoft.Extensions.Hosting;
using Orleans.Runtime;
using Portal.Infrastructure.Cluster;
using Portal.Infrastructure.Sessions;

/// <summary>
/// Gauges read when metrics are collected: live agent sessions by state (as this node's replica sees the whole
/// cluster), the nodes of the cluster by status as Orleans' membership sees them, and whether this node leads.
/// </summary>
public sealed class PortalGauges(LiveSessionReplica live, IClusterMembershipService membership, IServiceProvider services, IMeterFactory meters)
    : IHostedService
{
    /// <summary>
    /// A meter of this host's own (same name), made by the host's meter factory, so its gauges end with the host. Whether
    /// another host's metrics pipeline in the same process also reads it depends on the OpenTelemetry SDK honouring the
    /// meter's scope (not verified); the two-node tests therefore run alone (<c>TwoNodeCollection</c>).
    /// </summary>
    private readonly Meter _meter = meters.Create(PortalMetrics.MeterName);

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var meter = _meter;
        meter.CreateObservableGauge(
            "portal.sessions", () => live.All().GroupBy(s => s.State).Select(g => new Measurement<int>(g.Count(), new KeyValuePair<string, object?>("state", g.Key.ToString()))),
            unit: "{session}", description: "Live agent sessions in the cluster, by state.");
        meter.CreateObservableGauge(
            "portal.cluster.nodes", () => membership.CurrentSnapshot.Members.Values.GroupBy(m => m.Status)
                .Select(g => new Measurement<int>(g.Count(), new KeyValuePair<string, object?>("status", g.Key.ToString()))),
            unit: "{node}", description: "Nodes in the cluster's membership, by status (Active, Joining, ShuttingDown, Dead).");
        meter.CreateObservableGauge(
            "portal.cluster.leader", () => services.GetService(typeof(ClusterDuties)) is ClusterDuties { IsLeader: false } ? 0 : 1,
            description: "1 when this node does the once-per-cluster work (always 1 for one process).");
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
