namespace Portal.Infrastructure.Telephony.Asterisk;

using Microsoft.Extensions.Logging;
using Portal.Infrastructure.Telephony.Asterisk.Ari;

/// <summary>ARI's events become the port's: answers, busy and unanswered dials, hang-ups, inbound arrivals.</summary>
public sealed partial class AsteriskTelephony
{
    /// <summary>Q.850 cause Asterisk gives a channel that found the number busy.</summary>
    private const int BusyCause = 17;

    private async Task HandleAsync(AriEvent e, CancellationToken cancellationToken)
    {
        if (e is { Type: "PlaybackFinished", PlaybackId: { } playback })
        {
            await MessageEndedAsync(playback, cancellationToken);
            return;
        }

        if (e.ChannelId is not { } channelId)
        {
            return;
        }

        switch (e.Type)
        {
            case "Dial" when !string.IsNullOrEmpty(e.DialStatus):
                NoteDialStatus(channelId, e.DialStatus);
                break;
            case "StasisStart":
                await OnStasisStartAsync(e, channelId, cancellationToken);
                break;
            // A caller the dialplan sent in leaves the application (StasisEnd) and is not heard of again: the dialplan
            // hangs it up after Stasis() returns. A channel Portal let go (a blind transfer) is no longer tracked.
            case "ChannelDestroyed" or "StasisEnd":
                await OnChannelGoneAsync(channelId, e.Cause, cancellationToken);
                break;
        }
    }

    private async Task OnStasisStartAsync(AriEvent e, string channelId, CancellationToken cancellationToken)
    {
        if (_answers.TryRemove(channelId, out var waiter))
        {
            waiter.TrySetResult(true);
            return;
        }

        if (e.Args is ["inbound", var inGroup, ..])
        {
            await ArriveAsync(channelId, inGroup, e.CallerNumber ?? "", cancellationToken);
            return;
        }

        AriCall? customer;
        AriCall? conference;
        string? bridge;
        lock (_gate)
        {
            customer = _calls.GetValueOrDefault(channelId);
            conference = customer is null ? _calls.Values.FirstOrDefault(c => c.ConferenceChannelId == channelId) : null;
            var call = customer ?? conference;
            bridge = call?.AgentUser is { } agent && _agents.TryGetValue(agent, out var line) ? line.BridgeId : null;
            if (customer is not null)
            {
                customer.Answered = true;
            }
            else if (conference is not null)
            {
                conference.ConferenceAnswered = true;
            }
        }

        if (customer is not null)
        {
            // A manual dial talks to its agent at once; an auto-dialled call waits for the router to pick one.
            if (customer.AgentUser is not null && bridge is not null)
            {
                await _ari.AddToBridgeAsync(bridge, channelId, cancellationToken);
                customer.Place = CallPlace.WithAgent;
            }

            Raise(new CustomerAnswered(channelId, time.GetUtcNow()));
        }
        else if (conference is not null)
        {
            if (bridge is not null)
            {
                await _ari.AddToBridgeAsync(bridge, channelId, cancellationToken);
            }

            Raise(new ConferenceLineResult(conference.CallId, time.GetUtcNow(), conference.ConferenceNumber ?? "", Answered: true));
        }
    }

    /// <summary>A message left on an answering machine has played to its end: the call is hung up.</summary>
    private async Task MessageEndedAsync(string playback, CancellationToken cancellationToken)
    {
        string? callId;
        lock (_gate)
        {
            _messages.Remove(playback, out callId);
        }

        if (callId is not null)
        {
            await _ari.HangUpAsync(callId, cancellationToken);
        }
    }

    private void NoteDialStatus(string channelId, string status)
    {
        lock (_gate)
        {
            if (_calls.TryGetValue(channelId, out var call))
            {
                call.DialStatus = status;
            }
        }
    }

    /// <summary>A caller the dialplan sent to the application: answered, hears music, and joins the in-group's queue.</summary>
    private async Task ArriveAsync(string channelId, string inGroup, string callerNumber, CancellationToken cancellationToken)
    {
        var call = new AriCall(channelId, inbound: true, agentUser: null) { Answered = true, HearsMusic = true };
        lock (_gate)
        {
            _calls[channelId] = call;
        }

        await _ari.AnswerAsync(channelId, cancellationToken);
        await _ari.StartMusicOnHoldAsync(channelId, _options.MusicOnHoldClass, cancellationToken);
        Raise(new InboundCallArrived(channelId, time.GetUtcNow(), inGroup, callerNumber));
    }

    private async Task OnChannelGoneAsync(string channelId, int cause, CancellationToken cancellationToken)
    {
        if (_answers.TryRemove(channelId, out var waiter))
        {
            waiter.TrySetResult(false);
        }

        TelephonyEvent? raised = null;
        AriCall? ended = null;
        string? partner = null;
        SupervisorMonitor? monitor = null;
        List<SupervisorMonitor> listeners = [];
        lock (_gate)
        {
            if (_calls.Remove(channelId, out var call))
            {
                ended = call;
                listeners = TakeMonitors(call.CallId);
                raised = call.Answered ? new CustomerLeft(channelId, time.GetUtcNow())
                    : cause == BusyCause || call.DialStatus == "BUSY" ? new CustomerBusy(channelId, time.GetUtcNow())
                    : new CustomerNoAnswer(channelId, time.GetUtcNow());
            }
            else if (_calls.Values.FirstOrDefault(c => c.ConferenceChannelId == channelId) is { } withLine)
            {
                var answered = withLine.ConferenceAnswered;
                withLine.ConferenceChannelId = null;
                withLine.ConferenceAnswered = false;
                raised = answered ? null : new ConferenceLineResult(withLine.CallId, time.GetUtcNow(), withLine.ConferenceNumber ?? "", Answered: false);
            }
            else if (_agents.Values.FirstOrDefault(a => a.ChannelId == channelId) is { } line)
            {
                line.ChannelId = null;
                logger.LogWarning("Agent {AgentUser}'s phone hung up", line.AgentUser);
            }
            else if (_monitors.Values.FirstOrDefault(m => m.ChannelId == channelId) is { } gone)
            {
                _monitors.Remove(gone.SupervisorUser);
                monitor = gone;
            }
            else if (_leftThreeWays.Remove(channelId, out var other))
            {
                _leftThreeWays.Remove(other);
                partner = other;
            }
        }

        if (ended is not null)
        {
            await EndCallAsync(ended, listeners, hangUp: false, cancellationToken);
        }

        if (monitor is not null)
        {
            await CloseMonitorAsync(monitor, cancellationToken);
        }

        if (partner is not null)
        {
            // A 3-way the agent left is a two-party call: when one side hangs up, so does the other.
            await _ari.HangUpAsync(partner, cancellationToken);
            await _ari.DestroyBridgeAsync(ThreeWayBridgeId(channelId), cancellationToken);
            await _ari.DestroyBridgeAsync(ThreeWayBridgeId(partner), cancellationToken);
        }

        if (raised is not null)
        {
            Raise(raised);
        }
    }

    /// <summary>
    /// After (re)connecting: calls and phones whose channels are gone (Asterisk restarted, or they hung up while the
    /// stream was down) are reported as ended, and agents' phones are rung again so their sessions go on.
    /// </summary>
    private async Task ResyncAsync(CancellationToken cancellationToken)
    {
        if (!_adopted)
        {
            await AdoptAsync(cancellationToken);
            _adopted = true;
        }

        var live = await _ari.ChannelIdsAsync(cancellationToken);
        _parkingReady = false;
        List<TelephonyEvent> raised = [];
        List<AgentLine> phonesLost = [];
        lock (_gate)
        {
            var now = time.GetUtcNow();
            foreach (var call in _calls.Values.Where(c => !live.Contains(c.CallId)).ToList())
            {
                _calls.Remove(call.CallId);
                TakeMonitors(call.CallId);
                raised.Add(call.Answered ? new CustomerLeft(call.CallId, now) : new CustomerNoAnswer(call.CallId, now));
            }

            foreach (var call in _calls.Values.Where(c => c.ConferenceChannelId is { } line && !live.Contains(line)))
            {
                if (!call.ConferenceAnswered)
                {
                    raised.Add(new ConferenceLineResult(call.CallId, now, call.ConferenceNumber ?? "", Answered: false));
                }

                call.ConferenceChannelId = null;
                call.ConferenceAnswered = false;
            }

            foreach (var line in _agents.Values.Where(a => a.ChannelId is { } phone && !live.Contains(phone)))
            {
                line.ChannelId = null;
                phonesLost.Add(line);
            }

            foreach (var monitor in _monitors.Values.Where(m => !live.Contains(m.ChannelId)).ToList())
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
            _calls.TryAdd(channel, new AriCall(channel, inbound: false, agentUser) { Answered = true, Place = place });
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

    private async Task RingAgainAsync(AgentLine line, CancellationToken cancellationToken)
    {
        try
        {
            if (!await ConnectPhoneAsync(line, cancellationToken))
            {
                logger.LogWarning("Agent {AgentUser}'s phone did not answer after Asterisk came back", line.AgentUser);
            }
        }
        catch (Exception ex) when (ex is AriException or TelephonyUnavailableException or OperationCanceledException)
        {
            logger.LogWarning("Agent {AgentUser}'s phone could not be rung again: {Reason}", line.AgentUser, ex.Message);
        }
    }
}
