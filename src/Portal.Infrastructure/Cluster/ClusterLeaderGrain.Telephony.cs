namespace Portal.Infrastructure.Cluster;

using Portal.Infrastructure.AgentApi.Calls;
using Portal.Infrastructure.Calls;
using Portal.Infrastructure.Telephony;

/// <summary>ITelephonyCommands carried out on the leader for every node (<see cref="LeaderWork"/>).</summary>
internal sealed partial class ClusterLeaderGrain
{
    Task<bool> ITelephonyCommands.RingAgentPhoneAsync(string agentUser, string phoneLogin, CancellationToken cancellationToken) =>
        Run(() => telephony.RingAgentPhoneAsync(agentUser, phoneLogin, cancellationToken));

    Task ITelephonyCommands.OriginateAsync(OriginateRequest request, CancellationToken cancellationToken) =>
        Run(() => telephony.OriginateAsync(request, cancellationToken));

    Task ITelephonyCommands.BridgeToAgentAsync(string callId, string agentUser, CancellationToken cancellationToken) =>
        Run(() => telephony.BridgeToAgentAsync(callId, agentUser, cancellationToken));

    Task ITelephonyCommands.HangUpAsync(string callId, CancellationToken cancellationToken) =>
        Run(() => telephony.HangUpAsync(callId, cancellationToken));

    Task ITelephonyCommands.BlindTransferAsync(string callId, string number, CancellationToken cancellationToken) =>
        Run(() => telephony.BlindTransferAsync(callId, number, cancellationToken));

    Task ITelephonyCommands.DialConferenceAsync(string callId, string number, bool withCustomer, CancellationToken cancellationToken) =>
        Run(() => telephony.DialConferenceAsync(callId, number, withCustomer, cancellationToken));

    Task ITelephonyCommands.HangUpConferenceAsync(string callId, CancellationToken cancellationToken) =>
        Run(() => telephony.HangUpConferenceAsync(callId, cancellationToken));

    Task ITelephonyCommands.ParkAsync(string callId, bool parked, CancellationToken cancellationToken) =>
        Run(() => telephony.ParkAsync(callId, parked, cancellationToken));

    Task<RecordingInfo> ITelephonyCommands.StartRecordingAsync(string callId, string agentUser, CancellationToken cancellationToken) =>
        Run(() => telephony.StartRecordingAsync(callId, agentUser, cancellationToken));

    Task ITelephonyCommands.StopRecordingAsync(string callId, CancellationToken cancellationToken) =>
        Run(() => telephony.StopRecordingAsync(callId, cancellationToken));

    Task ITelephonyCommands.SendDtmfAsync(string callId, string digits, CancellationToken cancellationToken) =>
        Run(() => telephony.SendDtmfAsync(callId, digits, cancellationToken));

    Task ITelephonyCommands.PlayAudioAsync(string callId, string fileName, CancellationToken cancellationToken) =>
        Run(() => telephony.PlayAudioAsync(callId, fileName, cancellationToken));

    Task ITelephonyCommands.SetHoldAsync(string callId, bool onHold, CancellationToken cancellationToken) =>
        Run(() => telephony.SetHoldAsync(callId, onHold, cancellationToken));

    Task ITelephonyCommands.SetMuteAsync(string callId, bool muted, CancellationToken cancellationToken) =>
        Run(() => telephony.SetMuteAsync(callId, muted, cancellationToken));

    Task<bool> ITelephonyCommands.MonitorAsync(string callId, string supervisorUser, MonitorMode mode, CancellationToken cancellationToken) =>
        Run(() => telephony.MonitorAsync(callId, supervisorUser, mode, cancellationToken));

    Task ITelephonyCommands.StopMonitorAsync(string callId, string supervisorUser, CancellationToken cancellationToken) =>
        Run(() => telephony.StopMonitorAsync(callId, supervisorUser, cancellationToken));

    Task ITelephonyCommands.ReleaseAgentPhoneAsync(string agentUser, CancellationToken cancellationToken) =>
        Run(() => telephony.ReleaseAgentPhoneAsync(agentUser, cancellationToken));

    Task ITelephonyCommands.ReturnToQueueAsync(string callId, CancellationToken cancellationToken) =>
        Run(() => telephony.ReturnToQueueAsync(callId, cancellationToken));

    Task ITelephonyCommands.LeaveConferenceAsync(string callId, CancellationToken cancellationToken) =>
        Run(() => telephony.LeaveConferenceAsync(callId, cancellationToken));

    Task ITelephonyCommands.LeaveMessageAsync(string callId, IReadOnlyList<string> fileNames, CancellationToken cancellationToken) =>
        Run(() => telephony.LeaveMessageAsync(callId, fileNames, cancellationToken));

    Task<bool> ITelephonyCommands.IsReachableAsync(CancellationToken cancellationToken) =>
        Run(() => telephony.IsReachableAsync(cancellationToken));
}
