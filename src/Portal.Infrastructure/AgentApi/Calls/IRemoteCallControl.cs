namespace Portal.Infrastructure.AgentApi.Calls;

using Portal.Infrastructure.Calls;

/// <summary>
/// ra_call_control's work on a call found by its call id. The calls and queues live with the call center, so in a
/// cluster callers on every node reach the leader's <see cref="RemoteCallControl"/> through this interface.
/// </summary>
public interface IRemoteCallControl
{
    Task<TrackedCall?> FindAsync(string callId);

    Task<DeskResult> HangUpAsync(TrackedCall call, string status);

    Task<DeskResult> TransferToNumberAsync(TrackedCall call, string number, string status);

    Task<DeskResult> TransferToInGroupAsync(TrackedCall call, string inGroupId, string status);
}
