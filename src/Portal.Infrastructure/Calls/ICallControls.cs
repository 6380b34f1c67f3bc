namespace Portal.Infrastructure.Calls;

using Portal.Domain.Campaigns;

/// <summary>
/// What an agent does during a call: transfer-conf, park, recording, DTMF, hold, mute. In a cluster every node's
/// callers reach the leader's controls through this interface (<c>Cluster.LeaderWork</c>).
/// </summary>
public interface ICallControls
{
    Task<DeskResult> BlindTransferAsync(string agentUser, string number);

    Task<DeskResult> LocalCloserAsync(string agentUser, string? inGroupId, string? targetAgent);

    Task<DeskResult> DialConferenceAsync(string agentUser, string number, bool withCustomer);

    Task<DeskResult> ParkAndDialAsync(string agentUser, string number);

    Task<DeskResult> JoinConferenceAsync(string agentUser);

    Task<DeskResult> LeaveThreeWayAsync(string agentUser);

    Task<DeskResult> HangUpConferenceLineAsync(string agentUser);

    Task<DeskResult> HangUpBothLinesAsync(string agentUser);

    Task<DeskResult> LeaveVoicemailAsync(string agentUser);

    Task<DeskResult> ParkAsync(string agentUser, bool park);

    Task<DeskResult> RecordAsync(string agentUser, bool start);

    Task<DeskResult> SendDtmfAsync(string agentUser, string digits);

    Task<DeskResult> HoldAsync(string agentUser, bool onHold);

    Task<DeskResult> MuteAsync(string agentUser, bool muted);

    Task<RecordingEntry?> CurrentRecordingAsync(string callId);

    Task<RecordingMode> RecordingModeAsync(string agentUser);
}
