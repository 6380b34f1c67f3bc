namespace Portal.Infrastructure.Cluster;

using Portal.Domain.Campaigns;
using Portal.Infrastructure.AgentApi.Calls;
using Portal.Infrastructure.Calls;
using Portal.Infrastructure.Telephony;

/// <summary>ICallControls carried out on the leader for every node (<see cref="LeaderWork"/>).</summary>
internal sealed partial class ClusterLeaderGrain
{
    Task<DeskResult> ICallControls.BlindTransferAsync(string agentUser, string number) =>
        Run(() => controls.BlindTransferAsync(agentUser, number));

    Task<DeskResult> ICallControls.LocalCloserAsync(string agentUser, string? inGroupId, string? targetAgent) =>
        Run(() => controls.LocalCloserAsync(agentUser, inGroupId, targetAgent));

    Task<DeskResult> ICallControls.DialConferenceAsync(string agentUser, string number, bool withCustomer) =>
        Run(() => controls.DialConferenceAsync(agentUser, number, withCustomer));

    Task<DeskResult> ICallControls.ParkAndDialAsync(string agentUser, string number) =>
        Run(() => controls.ParkAndDialAsync(agentUser, number));

    Task<DeskResult> ICallControls.JoinConferenceAsync(string agentUser) =>
        Run(() => controls.JoinConferenceAsync(agentUser));

    Task<DeskResult> ICallControls.LeaveThreeWayAsync(string agentUser) =>
        Run(() => controls.LeaveThreeWayAsync(agentUser));

    Task<DeskResult> ICallControls.HangUpConferenceLineAsync(string agentUser) =>
        Run(() => controls.HangUpConferenceLineAsync(agentUser));

    Task<DeskResult> ICallControls.HangUpBothLinesAsync(string agentUser) =>
        Run(() => controls.HangUpBothLinesAsync(agentUser));

    Task<DeskResult> ICallControls.LeaveVoicemailAsync(string agentUser) =>
        Run(() => controls.LeaveVoicemailAsync(agentUser));

    Task<DeskResult> ICallControls.ParkAsync(string agentUser, bool park) =>
        Run(() => controls.ParkAsync(agentUser, park));

    Task<DeskResult> ICallControls.RecordAsync(string agentUser, bool start) =>
        Run(() => controls.RecordAsync(agentUser, start));

    Task<DeskResult> ICallControls.SendDtmfAsync(string agentUser, string digits) =>
        Run(() => controls.SendDtmfAsync(agentUser, digits));

    Task<DeskResult> ICallControls.HoldAsync(string agentUser, bool onHold) =>
        Run(() => controls.HoldAsync(agentUser, onHold));

    Task<DeskResult> ICallControls.MuteAsync(string agentUser, bool muted) =>
        Run(() => controls.MuteAsync(agentUser, muted));

    Task<RecordingEntry?> ICallControls.CurrentRecordingAsync(string callId) =>
        Run(() => controls.CurrentRecordingAsync(callId));

    Task<RecordingMode> ICallControls.RecordingModeAsync(string agentUser) =>
        Run(() => controls.RecordingModeAsync(agentUser));
}
