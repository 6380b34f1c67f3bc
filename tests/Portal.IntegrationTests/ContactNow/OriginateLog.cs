namespace Portal.IntegrationTests.ContactNow;

using System.Collections.Concurrent;
using System.Threading.Channels;
using Portal.Infrastructure.Telephony;

/// <summary>The simulated PBX, keeping every call it was asked to originate (to see the caller id an API chose).</summary>
public sealed class OriginateLog(SimulatedPbx pbx) : ITelephony
{
    private readonly ConcurrentQueue<OriginateRequest> _originated = new();

    public IReadOnlyList<OriginateRequest> Originated => [.. _originated];

    public ChannelReader<TelephonyEvent> Events => pbx.Events;

    public bool SupportsHoldAndMute => pbx.SupportsHoldAndMute;

    public Task OriginateAsync(OriginateRequest request, CancellationToken cancellationToken = default)
    {
        _originated.Enqueue(request);
        return pbx.OriginateAsync(request, cancellationToken);
    }

    public Task<bool> RingAgentPhoneAsync(string agentUser, string phoneLogin, CancellationToken cancellationToken = default) =>
        pbx.RingAgentPhoneAsync(agentUser, phoneLogin, cancellationToken);

    public Task BridgeToAgentAsync(string callId, string agentUser, CancellationToken cancellationToken = default) =>
        pbx.BridgeToAgentAsync(callId, agentUser, cancellationToken);

    public Task HangUpAsync(string callId, CancellationToken cancellationToken = default) => pbx.HangUpAsync(callId, cancellationToken);

    public Task BlindTransferAsync(string callId, string number, CancellationToken cancellationToken = default) =>
        pbx.BlindTransferAsync(callId, number, cancellationToken);

    public Task DialConferenceAsync(string callId, string number, bool withCustomer, CancellationToken cancellationToken = default) =>
        pbx.DialConferenceAsync(callId, number, withCustomer, cancellationToken);

    public event Action<bool>? ReachabilityChanged
    {
        add => pbx.ReachabilityChanged += value;
        remove => pbx.ReachabilityChanged -= value;
    }

    public event Action<string, bool>? AgentPhoneLost
    {
        add => pbx.AgentPhoneLost += value;
        remove => pbx.AgentPhoneLost -= value;
    }

    public Task ReleaseAgentPhoneAsync(string agentUser, CancellationToken cancellationToken = default) => pbx.ReleaseAgentPhoneAsync(agentUser, cancellationToken);

    public Task ReturnToQueueAsync(string callId, CancellationToken cancellationToken = default) => pbx.ReturnToQueueAsync(callId, cancellationToken);

    public Task LeaveConferenceAsync(string callId, CancellationToken cancellationToken = default) => pbx.LeaveConferenceAsync(callId, cancellationToken);

    public Task LeaveMessageAsync(string callId, IReadOnlyList<string> fileNames, CancellationToken cancellationToken = default) =>
        pbx.LeaveMessageAsync(callId, fileNames, cancellationToken);

    public Task<bool> IsReachableAsync(CancellationToken cancellationToken = default) => pbx.IsReachableAsync(cancellationToken);

    public Task HangUpConferenceAsync(string callId, CancellationToken cancellationToken = default) => pbx.HangUpConferenceAsync(callId, cancellationToken);

    public Task ParkAsync(string callId, bool parked, CancellationToken cancellationToken = default) => pbx.ParkAsync(callId, parked, cancellationToken);

    public Task<RecordingInfo> StartRecordingAsync(string callId, string agentUser, CancellationToken cancellationToken = default) =>
        pbx.StartRecordingAsync(callId, agentUser, cancellationToken);

    public Task StopRecordingAsync(string callId, CancellationToken cancellationToken = default) => pbx.StopRecordingAsync(callId, cancellationToken);

    public Task SendDtmfAsync(string callId, string digits, CancellationToken cancellationToken = default) => pbx.SendDtmfAsync(callId, digits, cancellationToken);

    public Task PlayAudioAsync(string callId, string fileName, CancellationToken cancellationToken = default) => pbx.PlayAudioAsync(callId, fileName, cancellationToken);

    public Task SetHoldAsync(string callId, bool onHold, CancellationToken cancellationToken = default) => pbx.SetHoldAsync(callId, onHold, cancellationToken);

    public Task SetMuteAsync(string callId, bool muted, CancellationToken cancellationToken = default) => pbx.SetMuteAsync(callId, muted, cancellationToken);

    public Task<bool> MonitorAsync(string callId, string supervisorUser, MonitorMode mode, CancellationToken cancellationToken = default) =>
        pbx.MonitorAsync(callId, supervisorUser, mode, cancellationToken);

    public Task StopMonitorAsync(string callId, string supervisorUser, CancellationToken cancellationToken = default) =>
        pbx.StopMonitorAsync(callId, supervisorUser, cancellationToken);
}
