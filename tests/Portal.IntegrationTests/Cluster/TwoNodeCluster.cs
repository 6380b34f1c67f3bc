namespace Portal.IntegrationTests.Cluster;

/// <summary>
/// Two Portal nodes in one Orleans cluster (Redis membership) on one PostgreSQL database, as two machines behind a load
/// balancer would be. The first starts (migrates and seeds) before the second joins; tests begin once each node sees both
/// as active (a node still joining acts alone: it leads, routes and counts one node).
/// </summary>
public sealed class TwoNodeCluster : IDisposable, IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "portal-tests", Guid.NewGuid().ToString("N"));
    private readonly TestDatabase _database;
    private readonly TestRedis _redis = new();

    public TwoNodeCluster()
    {
        _database = new TestDatabase(_folder, postgres: true);
        var clusterId = $"test-{Guid.NewGuid():N}";
        First = new ClusterNode(_database.ConnectionString, _redis.ConnectionString, clusterId);
        _ = First.Services;
        Second = new ClusterNode(_database.ConnectionString, _redis.ConnectionString, clusterId);
        _ = Second.Services;
    }

    public ClusterNode First { get; }

    public ClusterNode Second { get; }

    /// <summary>The node that does the once-per-cluster work (routing, the PBX), and the other one.</summary>
    public async Task<(ClusterNode Leader, ClusterNode Other)> LeaderAsync()
    {
        var first = First.Get<Portal.Infrastructure.Cluster.ClusterDuties>();
        var second = Second.Get<Portal.Infrastructure.Cluster.ClusterDuties>();
        await Eventually.UntilAsync(() => Task.FromResult(first.IsLeader || second.IsLeader), leads => leads, "a leader");
        return first.IsLeader ? (First, Second) : (Second, First);
    }

    public async Task InitializeAsync()
    {
        foreach (var node in new[] { First, Second })
        {
            var membership = node.Get<Orleans.Runtime.IClusterMembershipService>();
            await Eventually.UntilAsync(
                () => Task.FromResult(membership.CurrentSnapshot.Members.Values.Count(m => m.Status == Orleans.Runtime.SiloStatus.Active)),
                active => active == 2, "both nodes active in each node's view of the membership", TimeSpan.FromSeconds(30));
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        Second.Dispose();
        First.Dispose();
        _redis.Dispose();
        _database.Dispose();
    }
}
