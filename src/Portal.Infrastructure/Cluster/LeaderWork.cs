namespace Portal.Infrastructure.Cluster;

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Portal.Infrastructure.AgentApi.Calls;
using Portal.Infrastructure.Calls;
using Portal.Infrastructure.Notifications;
using Portal.Infrastructure.Telephony;

/// <summary>
/// The call center's calls, queues and PBX connection live on the cluster's leader (they run once per cluster), so an
/// agent's desk, a supervisor or an API on any other node asks the leader to act on them. Each interface below is the
/// service's own interface made a grain interface: <see cref="ClusterLeaderGrain"/> implements them all, so the call
/// lands on the node that holds the leader's one activation, which runs the local service; a call waits out that node
/// dying (<see cref="LeaderCalls"/>). In one process the service is used directly, without Orleans in between.
/// </summary>
public static class LeaderWork
{
    /// <summary>
    /// Registers <typeparamref name="TService"/> as the local <typeparamref name="TLocal"/> in one process, and as the
    /// leader's grain in a cluster.
    /// </summary>
    public static IServiceCollection AddOnLeader<TService, TLocal, TGrain>(this IServiceCollection services)
        where TService : class
        where TLocal : class, TService
        where TGrain : TService, IGrainWithIntegerKey
    {
        services.AddSingleton<TService>(sp => sp.GetRequiredService<ClusterSettings>().IsCluster
            ? LeaderCalls.For<TService>(sp.GetRequiredService<IGrainFactory>().GetGrain<TGrain>(ClusterLeaderGrain.Key), sp.GetRequiredService<ILogger<LeaderCalls>>())
            : sp.GetRequiredService<TLocal>());
        return services;
    }
}

[Alias("Portal.ICallDeskOnLeader")]
public interface ICallDeskOnLeader : ICallDesk, IGrainWithIntegerKey;

[Alias("Portal.ICallControlsOnLeader")]
public interface ICallControlsOnLeader : ICallControls, IGrainWithIntegerKey;

[Alias("Portal.ITelephonyOnLeader")]
public interface ITelephonyOnLeader : ITelephonyCommands, IGrainWithIntegerKey;

[Alias("Portal.IRemoteCallControlOnLeader")]
public interface IRemoteCallControlOnLeader : IRemoteCallControl, IGrainWithIntegerKey;

[Alias("Portal.IAgentTimersOnLeader")]
public interface IAgentTimersOnLeader : IAgentTimers, IGrainWithIntegerKey;

[Alias("Portal.INotificationQueueOnLeader")]
public interface INotificationQueueOnLeader : INotificationQueue, IGrainWithIntegerKey;
