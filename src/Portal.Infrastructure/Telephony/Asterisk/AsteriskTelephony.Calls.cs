namespace Portal.Infrastructure.Telephony.Asterisk;

using Microsoft.Extensions.Logging;
using Portal.Infrastructure.Telephony.Asterisk.Ari;

/// <summary>Customer calls: dial, connect, hang up, transfer, 3-way, hold, park, record, DTMF, playback.</summary>
public sealed partial class AsteriskTelephony
{
    public async Task OriginateAsync(OriginateRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        lock (_gate)
        {
            _calls[request.CallId] = new AriCall(request.CallId, request.AgentUser);
        }

        try
        {
            var endpoint = Endpoint(_options.CustomerEndpoint, "{number}", request.DialString);
            await _ari.OriginateAsync(request.CallId, endpoint, _options.Application, "customer", request.CallerId, _options.DialTimeoutSeconds, cancellationToken);
        }
        catch (AriException ex)
        {
            // A number Asterisk cannot dial (no route, bad endpoint) is a call not reached, as a real PBX reports it.
            Forget(request.CallId);
            logger.LogWarning("Asterisk refused to dial call {CallId}: {Reason}", request.CallId, ex.Message);
            Raise(new CustomerNoAnswer(request.CallId, time.GetUtcNow()));
        }
        catch
        {
            Forget(request.CallId);
            throw;
        }
    }

    public async Task BridgeToAgentAsync(string callId, string agentUser, CancellationToken cancellationToken = default)
    {
        if (Find(callId) is not { } call)
        {
            return;
        }

        await MoveAsync(call, CallPlace.WithAgent, agentUser, cancellationToken);
    }

    public Task ReturnToQueueAsync(string callId, CancellationToken cancellationToken = default) =>
        Find(callId) is { } call ? MoveAsync(call, CallPlace.Waiting, call.AgentUser, cancellationToken) : Task.CompletedTask;

    public async Task HangUpAsync(string callId, CancellationToken cancellationToken = default)
    {
        if (Take(callId) is { } ended)
        {
            await EndCallAsync(ended.Call, ended.Listeners, hangUp: true, cancellationToken);
        }
    }

    public async Task BlindTransferAsync(string callId, string number, CancellationToken cancellationToken = default)
    {
        if (Take(callId) is not { } taken)
        {
            return;
        }

        await StopRecordingAsync(taken.Call, cancellationToken);
        await CloseMonitorsAsync(taken.Listeners, cancellationToken);
        await LeavePlaceAsync(taken.Call, cancellationToken);
        await _ari.ContinueInDialplanAsync(callId, _options.TransferContext, number, cancellationToken);
    }

    public async Task DialConferenceAsync(string callId, string number, bool withCustomer, CancellationToken cancellationToken = default)
    {
        string line;
        lock (_gate)
        {
            if (!_calls.TryGetValue(callId, out var call))
            {
                return;
            }

            line = NextId($"{callId}-3way");
            call.ConferenceChannelId = line;
            call.ConferenceNumber = number;
            call.ConferenceAnswered = false;
        }

        try
        {
            var endpoint = Endpoint(_options.ConferenceEndpointOrCustomer, "{number}", number);
            await _ari.OriginateAsync(line, endpoint, _options.Application, "3way", _options.CallerId, _options.DialTimeoutSeconds, cancellationToken);
        }
        catch (AriException ex)
        {
            logger.LogWarning("Asterisk refused to dial the transfer line of call {CallId}: {Reason}", callId, ex.Message);
            ClearConferenceLine(callId, line);
            Raise(new ConferenceLineResult(callId, time.GetUtcNow(), number, Answered: false));
        }
    }

    public async Task HangUpConferenceAsync(string callId, CancellationToken cancellationToken = default)
    {
        string? line;
        lock (_gate)
        {
            line = _calls.TryGetValue(callId, out var call) ? call.ConferenceChannelId : null;
        }

        if (line is not null)
        {
            ClearConferenceLine(callId, line);
            await _ari.HangUpAsync(line, cancellationToken);
        }
    }

    /// <summary>The agent leaves a 3-way: customer and third party go on in a bridge of their own.</summary>
    public async Task LeaveConferenceAsync(string callId, CancellationToken cancellationToken = default)
    {
        if (Take(callId) is not { } taken || taken.Call.ConferenceChannelId is not { } line)
        {
            return;
        }

        await StopRecordingAsync(taken.Call, cancellationToken);
        await CloseMonitorsAsync(taken.Listeners, cancellationToken);
        await LeavePlaceAsync(taken.Call, cancellationToken);
        if (AgentBridgeOf(taken.Call.AgentUser) is { } agentBridge)
        {
            await _ari.RemoveFromBridgeAsync(agentBridge, line, cancellationToken);
        }

        var bridge = ThreeWayBridgeId(callId);
        await _ari.CreateBridgeAsync(bridge, "mixing", ct: cancellationToken);
        lock (_gate)
        {
            _leftThreeWays[callId] = line;
            _leftThreeWays[line] = callId;
        }

        await _ari.AddToBridgeAsync(bridge, callId, cancellationToken);
        await _ari.AddToBridgeAsync(bridge, line, cancellationToken);
    }

    public Task ParkAsync(string callId, bool parked, CancellationToken cancellationToken = default) =>
        Find(callId) is { } call && (parked || call.Place == CallPlace.Parked)
            ? MoveAsync(call, parked ? CallPlace.Parked : CallPlace.WithAgent, call.AgentUser, cancellationToken)
            : Task.CompletedTask;

    public Task SetHoldAsync(string callId, bool onHold, CancellationToken cancellationToken = default) =>
        Find(callId) is { } call && (onHold || call.Place == CallPlace.OnHold)
            ? MoveAsync(call, onHold ? CallPlace.OnHold : CallPlace.WithAgent, call.AgentUser, cancellationToken)
            : Task.CompletedTask;

    /// <summary>Records the agent's bridge: both sides of the call, and the third party of a 3-way.</summary>
    public async Task<RecordingInfo> StartRecordingAsync(string callId, string agentUser, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var name = $"{now:yyyyMMdd-HHmmss}_{Safe(agentUser)}_{callId}";
        var bridge = AgentBridgeOf(agentUser) ?? throw new TelephonyUnavailableException($"Agent {agentUser} has no phone line to record.");
        await _ari.RecordBridgeAsync(bridge, name, _options.RecordingFormat, cancellationToken);
        lock (_gate)
        {
            if (_calls.TryGetValue(callId, out var call))
            {
                call.RecordingName = name;
            }
        }

        return new RecordingInfo(name, $"{_options.RecordingPath.TrimEnd('/')}/{name}.{_options.RecordingFormat}", now);
    }

    public async Task StopRecordingAsync(string callId, CancellationToken cancellationToken = default)
    {
        if (Find(callId) is { } call)
        {
            await StopRecordingAsync(call, cancellationToken);
        }
    }

    public Task SendDtmfAsync(string callId, string digits, CancellationToken cancellationToken = default) =>
        Find(callId) is null ? Task.CompletedTask : _ari.SendDtmfAsync(callId, digits, cancellationToken);

    /// <summary>Plays a sound into the agent's bridge: the call's agent's, or the agent whose phone login is the target.</summary>
    public Task PlayAudioAsync(string callId, string fileName, CancellationToken cancellationToken = default)
    {
        string? bridge;
        lock (_gate)
        {
            bridge = _calls.TryGetValue(callId, out var call) && call.AgentUser is { } agent && _agents.TryGetValue(agent, out var line) ? line.BridgeId
                : _agents.Values.FirstOrDefault(a => a.PhoneLogin == callId)?.BridgeId;
        }

        return bridge is null ? Task.CompletedTask : _ari.PlayAsync(bridge, Media(fileName), cancellationToken);
    }

    public async Task LeaveMessageAsync(string callId, IReadOnlyList<string> fileNames, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fileNames);
        if (Take(callId) is not { } taken)
        {
            return;
        }

        await StopRecordingAsync(taken.Call, cancellationToken);
        await CloseMonitorsAsync(taken.Listeners, cancellationToken);
        await LeavePlaceAsync(taken.Call, cancellationToken);
        var playback = $"{callId}-message";
        lock (_gate)
        {
            _messages[playback] = callId;
        }

        try
        {
            await _ari.PlayToChannelAsync(callId, string.Join(',', fileNames.Select(Media)), playback, cancellationToken);
        }
        catch (AriException)
        {
            lock (_gate)
            {
                _messages.Remove(playback);
            }

            await _ari.HangUpAsync(callId, cancellationToken);
        }
    }

    private static string Media(string fileName) => fileName.Contains(':', StringComparison.Ordinal) ? fileName : $"sound:{fileName}";

    private static string ThreeWayBridgeId(string callId) => $"portal-3way-{callId}";

    private AriCall? Find(string callId)
    {
        lock (_gate)
        {
            return _calls.GetValueOrDefault(callId);
        }
    }

    private void Forget(string callId)
    {
        lock (_gate)
        {
            _calls.Remove(callId);
        }
    }

    /// <summary>Takes a call out of Portal's hands (so its channel's end is not reported) with its supervisors.</summary>
    private (AriCall Call, List<SupervisorMonitor> Listeners)? Take(string callId)
    {
        lock (_gate)
        {
            return _calls.Remove(callId, out var call) ? (call, TakeMonitors(callId)) : null;
        }
    }

    private string? AgentBridgeOf(string? agentUser)
    {
        lock (_gate)
        {
            return agentUser is not null && _agents.TryGetValue(agentUser, out var line) ? line.BridgeId : null;
        }
    }

    private void ClearConferenceLine(string callId, string line)
    {
        lock (_gate)
        {
            if (_calls.TryGetValue(callId, out var call) && call.ConferenceChannelId == line)
            {
                call.ConferenceChannelId = null;
                call.ConferenceAnswered = false;
            }
        }
    }

    private async Task EndCallAsync(AriCall call, List<SupervisorMonitor> listeners, bool hangUp, CancellationToken cancellationToken)
    {
        await StopRecordingAsync(call, cancellationToken);
        await CloseMonitorsAsync(listeners, cancellationToken);
        if (call.ConferenceChannelId is { } line)
        {
            await _ari.HangUpAsync(line, cancellationToken);
        }

        if (hangUp)
        {
            await _ari.HangUpAsync(call.CallId, cancellationToken);
        }
    }

    private async Task StopRecordingAsync(AriCall call, CancellationToken cancellationToken)
    {
        string? name;
        lock (_gate)
        {
            name = call.RecordingName;
            call.RecordingName = null;
        }

        if (name is not null)
        {
            await _ari.StopRecordingAsync(name, cancellationToken);
        }
    }

    private async Task CloseMonitorsAsync(List<SupervisorMonitor> listeners, CancellationToken cancellationToken)
    {
        foreach (var monitor in listeners)
        {
            await CloseMonitorAsync(monitor, cancellationToken);
        }
    }
}
