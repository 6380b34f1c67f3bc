namespace Portal.EndToEndTests;

/// <summary>Where each node's log of a <see cref="PortalCluster"/> was at one moment: its length and the node's restarts so far.</summary>
public sealed record ClusterLogMark(IReadOnlyDictionary<int, (int Length, int Restarts)> Positions);
