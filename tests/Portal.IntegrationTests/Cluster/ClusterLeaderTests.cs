namespace Portal.IntegrationTests.Cluster;

using Portal.Infrastructure.Cluster;

/// <summary>Once-per-cluster work (routing, dialer, PBX, timers, webhooks) runs on one node, and moves when it stops.</summary>
[Trait("Database", "Postgres")]
[Collection(TwoNodeCollection.Name)]
public sealed class ClusterLeaderTests
{
    [Fact]
    public async Task One_node_leads_and_the_other_takes_over_when_it_stops()
    {
        using var cluster = new TwoNodeCluster();
        var first = cluster.First.Get<ClusterDuties>();
        var second = cluster.Second.Get<ClusterDuties>();
        await Eventually.UntilAsync(() => Task.FromResult((first.IsLeader, second.IsLeader)), l => l.Item1 || l.Item2, "a leader");
        Assert.NotEqual(first.IsLeader, second.IsLeader);

        var (leader, other) = first.IsLeader ? (cluster.First, second) : (cluster.Second, first);
        leader.Dispose();

        await Eventually.UntilAsync(() => Task.FromResult(other.IsLeader), leads => leads, "the other node to lead", TimeSpan.FromSeconds(30));
    }
}
