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

        if (e.Args is ["inbound", var inGroup, ..] && !string.IsNullOrWhiteSpace(inGroup))
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
        else if (e.Args is not ["snoop", ..])
        {
            // A channel the dialplan sent without an in-group (or with arguments Portal does not know) would wait in
            // silence: it is hung up, and the dialplan's mistake is logged.
            logger.LogWarning(
                "Channel {ChannelId} entered application {Application} with arguments [{Args}]; Portal expects Stasis({Application},inbound,<in-group>): hung up",
                channelId, _options.Application, string.Join(",", e.Args), _options.Application);
            await _ari.HangUpAsync(channelId, cancellationToken);
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
        var call = new AriCall(channelId, agentUser: null) { Answered = true, HearsMusic = true };
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
        AgentLine? phoneLost = null;
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
                phoneLost = line;
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

        if (phoneLost is not null)
        {
            PhoneDropped(phoneLost, cancellationToken);
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
}
