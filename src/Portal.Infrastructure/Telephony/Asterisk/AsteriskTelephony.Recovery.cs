namespace Portal.Infrastructure.Telephony.Asterisk;

using Microsoft.Extensions.Logging;
using Portal.Infrastructure.Telephony.Asterisk.Ari;

/// <summary>
/// After a connection: taking over what an earlier Portal left on Asterisk, reporting the calls that did not survive
/// an outage, and ringing agents' phones again.
/// </summary>
public sealed partial class AsteriskTelephony
{
    /// <summary>
    /// After (re)connecting: calls and phones whose channels are gone (Asterisk restarted, or they hung up while the
    /// stream was down) are reported as ended, and agents without a phone on the line are rung again so their sessions
    /// go on. Only what Portal knew before it read Asterisk's channels is judged: a call dialled or a phone rung while
    /// the list was on its way (an agent logging in right then) is not in it and is not lost.
    /// </summary>
    private async Task ResyncAsync(CancellationToken cancellationToken)
    {
        if (!_adopted)
        {
            await AdoptAsync(cancellationToken);
            _adopted = true;
        }

        HashSet<string> known;
        List<(AgentLine Line, string? Phone)> phones;
        lock (_gate)
        {
            known = [.. _calls.Keys, .. _calls.Values.Select(c => c.ConferenceChannelId).OfType<string>(), .. _monitors.Values.Select(m => m.ChannelId)];
            phones = [.. _agents.Values.Where(a => !a.Ringing).Select(a => (a, a.ChannelId))];
        }

        var live = await _ari.ChannelIdsAsync(cancellationToken);
        bool Gone(string channel) => known.Contains(channel) && !live.Contains(channel);
        _parkingReady = false;
        List<TelephonyEvent> raised = [];
        List<AgentLine> phonesLost = [];
        lock (_gate)
        {
            var now = time.GetUtcNow();
            foreach (var call in _calls.Values.Where(c => Gone(c.CallId)).ToList())
            {
                _calls.Remove(call.CallId);
                TakeMonitors(call.CallId);
                raised.Add(call.Answered ? new CustomerLeft(call.CallId, now) : new CustomerNoAnswer(call.CallId, now));
            }

            foreach (var call in _calls.Values.Where(c => c.ConferenceChannelId is { } line && Gone(line)))
            {
                if (!call.ConferenceAnswered)
                {
                    raised.Add(new ConferenceLineResult(call.CallId, now, call.ConferenceNumber ?? "", Answered: false));
                }

                call.ConferenceChannelId = null;
                call.ConferenceAnswered = false;
            }

            // Phones that did not survive, and those that hung up as Asterisk shut down: every logged-in agent needs
            // one (unless Portal is ringing it already, or the line changed while the channels were read).
            foreach (var (line, phone) in phones)
            {
                var unchanged = _agents.GetValueOrDefault(line.AgentUser) == line && line.ChannelId == phone && !line.Ringing;
                if (unchanged && (phone is null || !live.Contains(phone)))
                {
                    line.ChannelId = null;
                    phonesLost.Add(line);
                }
            }

            foreach (var monitor in _monitors.Values.Where(m => Gone(m.ChannelId)).ToList())
            {
                _monitors.Remove(monitor.SupervisorUser);
            }
        }

        foreach (var e in raised)
        {
            Raise(e);
        }

        foreach (var line in phonesLost)
        {
            logger.LogWarning("Agent {AgentUser}'s phone was lost while Asterisk was unreachable; ringing it again", line.AgentUser);
            _ = RingAgainAsync(line, cancellationToken);
        }
    }

    /// <summary>
    /// At this Portal's first connection, takes over what an earlier Portal (before a restart, or the cluster's previous
    /// leader) left on Asterisk: agents' bridges with their phones and the calls talking to them, and parked calls.
    /// </summary>
    private async Task AdoptAsync(CancellationToken cancellationToken)
    {
        var bridges = await _ari.BridgesAsync(cancellationToken);
        int agents, calls;
        lock (_gate)
        {
            foreach (var bridge in bridges)
            {
                if (AgentLine.FromBridge(bridge.Id, bridge.Name) is { } line && !_agents.ContainsKey(line.AgentUser))
                {
                    line.ChannelId = bridge.Channels.FirstOrDefault(c => c.StartsWith("portal-phone-", StringComparison.Ordinal));
                    _agents[line.AgentUser] = line;
                    Adopt(bridge.Channels.Where(c => c != line.ChannelId && !c.StartsWith("portal-supervisor-", StringComparison.Ordinal)), line.AgentUser, CallPlace.WithAgent);
                }
                else if (bridge.Id == ParkingBridgeId)
                {
                    _parkingReady = true;
                    Adopt(bridge.Channels, agentUser: null, CallPlace.Parked);
                }
            }

            agents = _agents.Count;
            calls = _calls.Count;
        }

        if (agents > 0)
        {
            logger.LogInformation("Took over {Agents} agent line(s) and {Calls} call(s) found on Asterisk", agents, calls);
        }
    }

    /// <summary>Channels found in a bridge: customers, and 3-way lines (named after their call) as those calls' lines.</summary>
    private void Adopt(IEnumerable<string> channels, string? agentUser, CallPlace place)
    {
        var list = channels.ToList();
        foreach (var channel in list.Where(c => !c.Contains("-3way-", StringComparison.Ordinal)))
        {
            _calls.TryAdd(channel, new AriCall(channel, agentUser) { Answered = true, Place = place });
        }

        foreach (var line in list.Where(c => c.Contains("-3way-", StringComparison.Ordinal)))
        {
            if (_calls.TryGetValue(line[..line.IndexOf("-3way-", StringComparison.Ordinal)], out var call))
            {
                call.ConferenceChannelId = line;
                call.ConferenceAnswered = true;
            }
        }
    }

    /// <summary>
    /// An agent's phone hung up while they are logged in (a handset put down, a phone that restarted): they are told,
    /// and it is rung again a moment later, as their calls can reach them only through it.
    /// </summary>
    private void PhoneDropped(AgentLine line, CancellationToken cancellationToken)
    {
        logger.LogWarning("Agent {AgentUser}'s phone hung up", line.AgentUser);
        if (_options.PhoneRedialSeconds <= 0)
        {
            AgentPhoneLost?.Invoke(line.AgentUser, false);
            return;
        }

        AgentPhoneLost?.Invoke(line.AgentUser, true);
        _ = RedialAsync();

        async Task RedialAsync()
        {
            try
            {
                await Task.Delay(TimeSpan.FromSeconds(_options.PhoneRedialSeconds), time, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            bool stillLoggedIn;
            lock (_gate)
            {
                stillLoggedIn = _agents.TryGetValue(line.AgentUser, out var current) && current == line && line.ChannelId is null;
            }

            if (stillLoggedIn)
            {
                await RingAgainAsync(line, cancellationToken);
            }
        }
    }

    private async Task RingAgainAsync(AgentLine line, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (line.Ringing)
            {
                return;
            }

            line.Ringing = true;
        }

        try
        {
            if (!await ConnectPhoneAsync(line, cancellationToken))
            {
                logger.LogWarning("Agent {AgentUser}'s phone did not answer when rung again", line.AgentUser);
            }
        }
        catch (Exception ex) when (ex is AriException or TelephonyUnavailableException or OperationCanceledException)
        {
            logger.LogWarning("Agent {AgentUser}'s phone could not be rung again: {Reason}", line.AgentUser, ex.Message);
        }
        finally
        {
            lock (_gate)
            {
                line.Ringing = false;
            }
        }
    }
}
