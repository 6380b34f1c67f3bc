namespace Portal.IntegrationTests.Cluster;

/// <summary>
/// Two Portal nodes in one Orleans cluster (Redis membership) on one PostgreSQL database, as two machines behind a load
/// balancer would be. The first starts (migrates and seeds) before the second joins.
/// </summary>
public sealed class TwoNodeCluster : IDisposable
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

    public void Dispose()
    {
        Second.Dispose();
        First.Dispose();
        _redis.Dispose();
        _database.Dispose();
    }
}
