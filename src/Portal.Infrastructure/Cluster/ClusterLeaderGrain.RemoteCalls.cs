namespace Portal.Infrastructure.Cluster;

using Portal.Infrastructure.AgentApi.Calls;
using Portal.Infrastructure.Calls;
using Portal.Infrastructure.Telephony;

/// <summary>IRemoteCallControl carried out on the leader for every node (<see cref="LeaderWork"/>).</summary>
internal sealed partial class ClusterLeaderGrain
{
    Task<TrackedCall?> IRemoteCallControl.FindAsync(string callId) =>
        Run(() => remote.FindAsync(callId));

    Task<DeskResult> IRemoteCallControl.HangUpAsync(TrackedCall call, string status) =>
        Run(() => remote.HangUpAsync(call, status));

    Task<DeskResult> IRemoteCallControl.TransferToNumberAsync(TrackedCall call, string number, string status) =>
        Run(() => remote.TransferToNumberAsync(call, number, status));

    Task<DeskResult> IRemoteCallControl.TransferToInGroupAsync(TrackedCall call, string inGroupId, string status) =>
        Run(() => remote.TransferToInGroupAsync(call, inGroupId, status));
}
