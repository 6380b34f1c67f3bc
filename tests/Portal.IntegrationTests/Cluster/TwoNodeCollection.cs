namespace Portal.IntegrationTests.Cluster;

/// <summary>
/// The two-node tests run alone, after the others: each node's metrics read every meter named "Portal" in the process,
/// and a one-process test host running beside them would add its own view of the cluster (one node) to theirs.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TwoNodeCollection
{
    public const string Name = "Two nodes";
}
