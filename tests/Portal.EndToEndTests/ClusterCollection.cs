namespace Portal.EndToEndTests;

/// <summary>
/// The cluster tests share one cluster (three nodes, PostgreSQL, Redis, nginx) and run alone, after the other tests:
/// on a 2-core machine the cluster and a parallel test class would slow each other past their timeouts.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ClusterCollection : ICollectionFixture<ClusterFixture>
{
    public const string Name = "Cluster";
}
