namespace Portal.IntegrationTests;

using System.Collections.Concurrent;
using System.Threading.Channels;
using Portal.Infrastructure.Telephony;

/// <summary>
/// The simulated PBX with a record of what was asked of it that leaves no trace in a session (tones, audio, agent
/// phone rings), e.g. <c>Dtmf S12345678000001 1*2#</c> or <c>Play 1001 hello</c>.
/// </summary>
public sealed class TelephonyProbe(SimulatedPbx pbx) : ITelephony
{
    private readonly ConcurrentQueue<(string Action, DateTimeOffset At)> _actions = new();

    public ChannelReader<TelephonyEvent> Events => pbx.Events;

    public bool SupportsHoldAndMute => pbx.SupportsHoldAndMute;

    public IReadOnlyList<string> Actions => [.. _actions.Select(a => a.Action)];

    /// <summary>When each action happened, in order.</summary>
    public IReadOnlyList<(string Action, DateTimeOffset At)> Timeline => [.. _actions];

    public Task<bool> RingAgentPhoneAsync(string agentUser, string phoneLogin, CancellationToken cancellationToken = default)
    {
        Record($"Ring {agentUser} {phoneLogin}");
        return pbx.RingAgentPhoneAsync(agentUser, phoneLogin, cancellationToken);
    }

    public Task SendDtmfAsync(string callId, string digits, CancellationToken cancellationToken = default)
    {
        Record($"Dtmf {callId} {digits}");
        return pbx.SendDtmfAsync(callId, digits, cancellationToken);
    }

    public Task PlayAudioAsync(string callId, string fileName, CancellationToken cancellationToken = default)
    {
        Record($"Play {callId} {fileName}");
        return pbx.PlayAudioAsync(callId, fileName, cancellationToken);
    }

    public Task LeaveMessageAsync(string callId, IReadOnlyList<string> fileNames, CancellationToken cancellationToken = default)
    {
        foreach (var file in fileNames)
        {
            Record($"Play {callId} {file}");
        }

        return pbx.LeaveMessageAsync(callId, fileNames, cancellationToken);
    }

    public Task OriginateAsync(OriginateRequest request, CancellationToken cancellationToken = default) => pbx.OriginateAsync(request, cancellationToken);

    public Task BridgeToAgentAsync(string callId, string agentUser, CancellationToken cancellationToken = default) =>
        pbx.BridgeToAgentAsync(callId, agentUser, cancellationToken);

    public Task HangUpAsync(string callId, CancellationToken cancellationToken = default) => pbx.HangUpAsync(callId, cancellationToken);

    public Task BlindTransferAsync(string callId, string number, CancellationToken cancellationToken = default) =>
        pbx.BlindTransferAsync(callId, number, cancellationToken);

    public Task DialConferenceAsync(string callId, string number, bool withCustomer, CancellationToken cancellationToken = default) =>
        pbx.DialConferenceAsync(callId, number, withCustomer, cancellationToken);

    public event Action<bool>? ReachabilityChanged;

    /// <summary>Plays the PBX going away (false) or coming back (true), as a real one's connection would.</summary>
    public void SetReachable(bool reachable) => ReachabilityChanged?.Invoke(reachable);

    public event Action<string, bool>? AgentPhoneLost;

    /// <summary>Plays an agent's phone hanging up during the session.</summary>
    public void DropPhone(string agentUser, bool ringingAgain) => AgentPhoneLost?.Invoke(agentUser, ringingAgain);

    public Task ReleaseAgentPhoneAsync(string agentUser, CancellationToken cancellationToken = default) => pbx.ReleaseAgentPhoneAsync(agentUser, cancellationToken);

    public Task ReturnToQueueAsync(string callId, CancellationToken cancellationToken = default) => pbx.ReturnToQueueAsync(callId, cancellationToken);

    public Task LeaveConferenceAsync(string callId, CancellationToken cancellationToken = default) => pbx.LeaveConferenceAsync(callId, cancellationToken);

    public Task<bool> IsReachableAsync(CancellationToken cancellationToken = default) => pbx.IsReachableAsync(cancellationToken);

    public Task HangUpConferenceAsync(string callId, CancellationToken cancellationToken = default) => pbx.HangUpConferenceAsync(callId, cancellationToken);

    public Task ParkAsync(string callId, bool parked, CancellationToken cancellationToken = default) => pbx.ParkAsync(callId, parked, cancellationToken);

    public Task<RecordingInfo> StartRecordingAsync(string callId, string agentUser, CancellationToken cancellationToken = default) =>
        pbx.StartRecordingAsync(callId, agentUser, cancellationToken);

    public Task StopRecordingAsync(string callId, CancellationToken cancellationToken = default) => pbx.StopRecordingAsync(callId, cancellationToken);

    public Task SetHoldAsync(string callId, bool onHold, CancellationToken cancellationToken = default) => pbx.SetHoldAsync(callId, onHold, cancellationToken);

    public Task SetMuteAsync(string callId, bool muted, CancellationToken cancellationToken = default) => pbx.SetMuteAsync(callId, muted, cancellationToken);

    public Task<bool> MonitorAsync(string callId, string supervisorUser, MonitorMode mode, CancellationToken cancellationToken = default)
    {
        Record($"Monitor {callId} {supervisorUser} {mode}");
        return pbx.MonitorAsync(callId, supervisorUser, mode, cancellationToken);
    }

    public Task StopMonitorAsync(string callId, string supervisorUser, CancellationToken cancellationToken = default)
    {
        Record($"StopMonitor {callId} {supervisorUser}");
        return pbx.StopMonitorAsync(callId, supervisorUser, cancellationToken);
    }

    private void Record(string action) => _actions.Enqueue((action, DateTimeOffset.UtcNow));
}
