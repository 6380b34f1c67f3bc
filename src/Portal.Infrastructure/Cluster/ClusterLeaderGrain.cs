namespace Portal.Infrastructure.Cluster;

using Orleans.Concurrency;
using Orleans.Placement;
using Orleans.Runtime;
using Portal.Infrastructure.AgentApi.Calls;
using Portal.Infrastructure.Calls;
using Portal.Infrastructure.Notifications;
using Portal.Infrastructure.Telephony;

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

/// <summary>
/// The leader's one activation. Besides telling where it is, it carries out the call-center work other nodes ask of
/// the leader (<see cref="LeaderWork"/>): each call runs the local service on the thread pool, so calls run side by
/// side as they do in one process (the services guard their own state) and none waits behind another in this grain.
/// </summary>
[PreferLocalPlacement, Reentrant]
internal sealed partial class ClusterLeaderGrain(
    ILocalSiloDetails silo, CallDesk desk, CallControls controls, ITelephony telephony, RemoteCallControl remote,
    CallTimerActions timers, NotificationDispatcher notifications)
    : Grain, IClusterLeaderGrain, ICallDeskOnLeader, ICallControlsOnLeader, ITelephonyOnLeader, IRemoteCallControlOnLeader,
    IAgentTimersOnLeader, INotificationQueueOnLeader
{
    /// <summary>The one key: there is one leader.</summary>
    public const long Key = 0;

    public Task<string> Where() => Task.FromResult(silo.SiloAddress.ToParsableString());

    /// <summary>Leaves the grain's scheduler so the service's awaits continue on the thread pool, as in one process.</summary>
    private static Task<T> Run<T>(Func<Task<T>> work) => Task.Run(work);

    private static Task Run(Func<Task> work) => Task.Run(work);
}
