namespace Portal.Infrastructure.Cluster;

using Orleans.Placement;
using Orleans.Runtime;

/// <summary>
/// Marks the node that does the once-per-cluster work: wherever Orleans keeps this grain's single activation. Every
/// node asks where it is; when that node dies, the next question activates it on a live node, which takes the work
/// over. Orleans' own single-activation guarantee is the election: there is no protocol of Portal's own.
/// </summary>
[Alias("Portal.IClusterLeaderGrain")]
public interface IClusterLeaderGrain : IGrainWithIntegerKey
{
    /// <summary>The silo the activation lives on.</summary>
    [Alias("Where")]
    Task<string> Where();
}

[PreferLocalPlacement]
internal sealed class ClusterLeaderGrain(ILocalSiloDetails silo) : Grain, IClusterLeaderGrain
{
    public Task<string> Where() => Task.FromResult(silo.SiloAddress.ToParsableString());
}
