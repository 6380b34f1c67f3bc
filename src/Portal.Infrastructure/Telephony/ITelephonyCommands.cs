namespace Portal.Infrastructure.Telephony;

/// <summary>
/// What may be asked of the PBX: ring, dial, bridge, transfer, record, monitor. In a cluster only the leader node talks
/// to the PBX, so this is what every other node's services take: a call here goes to the leader (see
/// <c>Cluster.LeaderWork</c>); in one process it is the port itself.
/// </summary>
public interface ITelephonyCommands
{
    /// <summary>Rings the agent's phone and joins it to their session's conference; false when it is not answered.</summary>
    Task<bool> RingAgentPhoneAsync(string agentUser, string phoneLogin, CancellationToken cancellationToken = default);

    /// <summary>Hangs up the agent's phone and closes their session's conference (at logout).</summary>
    Task ReleaseAgentPhoneAsync(string agentUser, CancellationToken cancellationToken = default);

    /// <summary>Dials a customer; the outcome arrives later as an event for the request's call id.</summary>
    Task OriginateAsync(OriginateRequest request, CancellationToken cancellationToken = default);

    /// <summary>Connects a waiting call (inbound or answered by the dialer) to an agent's session.</summary>
    Task BridgeToAgentAsync(string callId, string agentUser, CancellationToken cancellationToken = default);

    /// <summary>Takes a connected call away from its agent to wait in a queue again (a local closer transfer).</summary>
    Task ReturnToQueueAsync(string callId, CancellationToken cancellationToken = default);

    Task HangUpAsync(string callId, CancellationToken cancellationToken = default);

    /// <summary>Sends the customer to another number; the agent leaves the call.</summary>
    Task BlindTransferAsync(string callId, string number, CancellationToken cancellationToken = default);

    /// <summary>Dials a third party on the agent's conference line, with the customer listening in or on hold.</summary>
    Task DialConferenceAsync(string callId, string number, bool withCustomer, CancellationToken cancellationToken = default);

    Task HangUpConferenceAsync(string callId, CancellationToken cancellationToken = default);

    /// <summary>The agent leaves a 3-way call: the customer and the third party stay connected without them.</summary>
    Task LeaveConferenceAsync(string callId, CancellationToken cancellationToken = default);

    Task ParkAsync(string callId, bool parked, CancellationToken cancellationToken = default);

    Task<RecordingInfo> StartRecordingAsync(string callId, string agentUser, CancellationToken cancellationToken = default);

    Task StopRecordingAsync(string callId, CancellationToken cancellationToken = default);

    Task SendDtmfAsync(string callId, string digits, CancellationToken cancellationToken = default);

    Task PlayAudioAsync(string callId, string fileName, CancellationToken cancellationToken = default);

    /// <summary>
    /// Leaves a message on an answering machine: the customer leaves the agent, hears the files one after another, and
    /// is hung up when they end.
    /// </summary>
    Task LeaveMessageAsync(string callId, IReadOnlyList<string> fileNames, CancellationToken cancellationToken = default);

    Task SetHoldAsync(string callId, bool onHold, CancellationToken cancellationToken = default);

    Task SetMuteAsync(string callId, bool muted, CancellationToken cancellationToken = default);

    /// <summary>
    /// Puts a supervisor on a live call to listen, barge in or whisper to the agent (a new mode replaces the old one);
    /// false when the call is no longer up.
    /// </summary>
    Task<bool> MonitorAsync(string callId, string supervisorUser, MonitorMode mode, CancellationToken cancellationToken = default);

    /// <summary>Takes the supervisor off the call; nothing happens when they were not on it.</summary>
    Task StopMonitorAsync(string callId, string supervisorUser, CancellationToken cancellationToken = default);

    /// <summary>Whether the PBX can be reached now (for <c>/healthz</c> and the desk's notice).</summary>
    Task<bool> IsReachableAsync(CancellationToken cancellationToken = default);
}
