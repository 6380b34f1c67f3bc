namespace Portal.Infrastructure.Telephony.Asterisk;

using Microsoft.Extensions.Logging;
using Portal.Infrastructure.Telephony.Asterisk.Ari;

/// <summary>Agents' and supervisors' phones: the agent's session bridge, listening, whispering and barging in.</summary>
public sealed partial class AsteriskTelephony
{
    public async Task<bool> RingAgentPhoneAsync(string agentUser, string phoneLogin, CancellationToken cancellationToken = default)
    {
        AgentLine line;
        string? replaced = null;
        lock (_gate)
        {
            if (_agents.TryGetValue(agentUser, out var existing) && existing.ChannelId is not null && existing.PhoneLogin == phoneLogin)
            {
                return true;
            }

            line = existing ?? new AgentLine(agentUser, phoneLogin, AgentBridgeId(agentUser));
            replaced = line.ChannelId;
            line.ChannelId = null;
            line.PhoneLogin = phoneLogin;
            line.Ringing = true;
            _agents[agentUser] = line;
        }

        try
        {
            if (replaced is not null)
            {
                await _ari.HangUpAsync(replaced, cancellationToken);
            }

            return await ConnectPhoneAsync(line, cancellationToken);
        }
        finally
        {
            lock (_gate)
            {
                line.Ringing = false;
            }
        }
    }

    public async Task ReleaseAgentPhoneAsync(string agentUser, CancellationToken cancellationToken = default)
    {
        AgentLine? line;
        lock (_gate)
        {
            _agents.Remove(agentUser, out line);
        }

        if (line is null)
        {
            return;
        }

        if (line.ChannelId is { } channel)
        {
            await _ari.HangUpAsync(channel, cancellationToken);
        }

        await _ari.DestroyBridgeAsync(line.BridgeId, cancellationToken);
    }

    public async Task SetMuteAsync(string callId, bool muted, CancellationToken cancellationToken = default)
    {
        string? phone;
        lock (_gate)
        {
            phone = _calls.TryGetValue(callId, out var call) && call.AgentUser is { } agent && _agents.TryGetValue(agent, out var line) ? line.ChannelId : null;
        }

        if (phone is not null)
        {
            await _ari.MuteAsync(phone, muted, cancellationToken);
        }
    }

    public async Task<bool> MonitorAsync(string callId, string supervisorUser, MonitorMode mode, CancellationToken cancellationToken = default)
    {
        string? agentBridge;
        string? agentPhone;
        SupervisorMonitor? previous;
        lock (_gate)
        {
            var line = _calls.TryGetValue(callId, out var call) && call.AgentUser is { } agent ? _agents.GetValueOrDefault(agent) : null;
            agentBridge = line?.BridgeId;
            agentPhone = line?.ChannelId;
            _monitors.Remove(supervisorUser, out previous);
        }

        if (previous is not null)
        {
            await CloseMonitorAsync(previous, cancellationToken);
        }

        if (agentBridge is null || agentPhone is null)
        {
            return false;
        }

        var phone = NextId($"portal-supervisor-{Safe(supervisorUser)}");
        if (!await DialAndWaitAsync(phone, Endpoint(_options.SupervisorEndpoint, "{user}", supervisorUser), "supervisor", cancellationToken))
        {
            return false;
        }

        SupervisorMonitor monitor;
        if (mode == MonitorMode.Barge)
        {
            monitor = new SupervisorMonitor(callId, supervisorUser, mode, phone, null, null);
            await _ari.AddToBridgeAsync(agentBridge, phone, cancellationToken);
        }
        else
        {
            // The snoop hears both directions of the agent's channel; a whisper speaks only into what the agent hears.
            monitor = new SupervisorMonitor(callId, supervisorUser, mode, phone, $"{phone}-snoop", $"portal-monitor-{Safe(supervisorUser)}");
            await _ari.SnoopAsync(agentPhone, monitor.SnoopChannelId!, "both", mode == MonitorMode.Whisper ? "out" : "none", _options.Application, "snoop", cancellationToken);
            await _ari.CreateBridgeAsync(monitor.BridgeId!, "mixing", ct: cancellationToken);
            await _ari.AddToBridgeAsync(monitor.BridgeId!, monitor.SnoopChannelId!, cancellationToken);
            await _ari.AddToBridgeAsync(monitor.BridgeId!, phone, cancellationToken);
        }

        bool stillUp;
        lock (_gate)
        {
            stillUp = _calls.ContainsKey(callId);
            if (stillUp)
            {
                _monitors[supervisorUser] = monitor;
            }
        }

        if (!stillUp)
        {
            await CloseMonitorAsync(monitor, cancellationToken);
        }

        return stillUp;
    }

    public async Task StopMonitorAsync(string callId, string supervisorUser, CancellationToken cancellationToken = default)
    {
        SupervisorMonitor? monitor = null;
        lock (_gate)
        {
            if (_monitors.TryGetValue(supervisorUser, out var current) && current.CallId == callId)
            {
                _monitors.Remove(supervisorUser);
                monitor = current;
            }
        }

        if (monitor is not null)
        {
            await CloseMonitorAsync(monitor, cancellationToken);
        }
    }

    /// <summary>Creates the agent's bridge (again, after a restart), rings their phone and puts it in the bridge.</summary>
    private async Task<bool> ConnectPhoneAsync(AgentLine line, CancellationToken cancellationToken)
    {
        await _ari.CreateBridgeAsync(line.BridgeId, "mixing", AgentLine.NameFor(line.AgentUser, line.PhoneLogin), cancellationToken);
        var channel = NextId($"portal-phone-{Safe(line.AgentUser)}");
        if (!await DialAndWaitAsync(channel, Endpoint(_options.AgentEndpoint, "{phone}", line.PhoneLogin), $"agent,{line.AgentUser}", cancellationToken))
        {
            return false;
        }

        await _ari.AddToBridgeAsync(line.BridgeId, channel, cancellationToken);
        lock (_gate)
        {
            line.ChannelId = channel;
        }

        return true;
    }

    /// <summary>Rings a phone into the application and waits until it answers (true) or fails or rings out (false).</summary>
    private async Task<bool> DialAndWaitAsync(string channelId, string endpoint, string appArgs, CancellationToken cancellationToken)
    {
        var answered = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        _answers[channelId] = answered;
        try
        {
            await _ari.OriginateAsync(channelId, endpoint, _options.Application, appArgs, _options.CallerId, _options.PhoneRingSeconds, cancellationToken);
        }
        catch (AriException ex)
        {
            _answers.TryRemove(channelId, out _);
            logger.LogWarning("Asterisk refused to dial {Endpoint}: {Reason}", endpoint, ex.Message);
            return false;
        }
        catch
        {
            _answers.TryRemove(channelId, out _);
            throw;
        }

        try
        {
            return await answered.Task.WaitAsync(TimeSpan.FromSeconds(_options.PhoneRingSeconds + 5), time, cancellationToken);
        }
        catch (TimeoutException)
        {
            _answers.TryRemove(channelId, out _);
            await _ari.HangUpAsync(channelId, cancellationToken);
            return false;
        }
    }

    private async Task CloseMonitorAsync(SupervisorMonitor monitor, CancellationToken cancellationToken)
    {
        await _ari.HangUpAsync(monitor.ChannelId, cancellationToken);
        if (monitor.SnoopChannelId is { } snoop)
        {
            await _ari.HangUpAsync(snoop, cancellationToken);
        }

        if (monitor.BridgeId is { } bridge)
        {
            await _ari.DestroyBridgeAsync(bridge, cancellationToken);
        }
    }

    /// <summary>Takes the supervisors off a call that ended (under the lock); the caller closes their lines.</summary>
    private List<SupervisorMonitor> TakeMonitors(string callId)
    {
        var taken = _monitors.Values.Where(m => m.CallId == callId).ToList();
        foreach (var monitor in taken)
        {
            _monitors.Remove(monitor.SupervisorUser);
        }

        return taken;
    }
}
