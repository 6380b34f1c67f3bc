namespace Portal.Infrastructure.Cluster;

using Portal.Infrastructure.Calls;
using Portal.Infrastructure.Notifications;

/// <summary>Agent timers and queued notifications, kept by the leader for every node (<see cref="LeaderWork"/>).</summary>
internal sealed partial class ClusterLeaderGrain
{
    Task IAgentTimers.SetForAgentAsync(string agentUser, int seconds, string message) =>
        ((IAgentTimers)timers).SetForAgentAsync(agentUser, seconds, message);

    Task IAgentTimers.ClearForAgentAsync(string agentUser) => ((IAgentTimers)timers).ClearForAgentAsync(agentUser);

    Task<long> INotificationQueue.QueueAsync(QueuedNotification notification, bool retry, CancellationToken cancellationToken) =>
        Run(() => notifications.QueueAsync(notification, retry, cancellationToken));
}
