namespace Portal.EndToEndTests;

/// <summary>One Portal node of a <see cref="PortalCluster"/>: its number in cluster.sh, its own address and its process.</summary>
public sealed record ClusterNode(int Number, Uri Address, int Pid);
