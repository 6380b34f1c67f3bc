namespace Portal.Infrastructure.Calls;

using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Portal.Domain.Sessions;
using Portal.Infrastructure.Cluster;
using Portal.Infrastructure.Data;
using Portal.Infrastructure.Sessions;
using Portal.Infrastructure.Telephony;

/// <summary>
/// The ACD: calls wait here until a READY agent may take them. Higher-priority in-groups first, then the longest
/// waiting call, to the agent who has been READY the longest. One loop delivers, so a call never goes to two agents.
/// It routes on one node of a cluster (the leader); every other node's router mirrors the queue it publishes, so
/// desks and wallboards everywhere count and watch the same waiting calls.
/// </summary>
public sealed class CallRouter(
    SessionRuntime sessions, SessionEventBus bus, ITelephony telephony, CallRegistry registry, IClusterBroadcast cluster,
    ILogger<CallRouter> logger)
    : BackgroundService
{
    /// <summary>The topic the routing node publishes the queue on.</summary>
    public const string QueueTopic = "call-queue";

    private readonly Lock _gate = new();
    private readonly List<TrackedCall> _waiting = [];
    private volatile bool _routing;
    private TrackedCall[] _mirrored = [];
    private readonly Channel<bool> _wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private event Action? QueueChanged;
    private event Action<QueueDeparture>? Departed;

    public void Enqueue(TrackedCall call)
    {
        registry.Track(call);
        lock (_gate)
        {
            _waiting.Add(call);
        }

        Changed();
    }

    /// <summary>Takes a call out of the queue (the caller hung up, or it was dropped); false when it was not waiting.</summary>
    public bool Remove(string callId) => Remove(callId, delivered: false);

    public IReadOnlyList<TrackedCall> Waiting()
    {
        if (!_routing)
        {
            return _mirrored;
        }

        lock (_gate)
        {
            return [.. _waiting];
        }
    }

    /// <summary>The queue as the routing node published it (on every node that does not route).</summary>
    public void Mirror(QueueChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        if (_routing)
        {
            return;
        }

        _mirrored = change.Waiting;
        QueueChanged?.Invoke();
        foreach (var departure in change.Departures)
        {
            Departed?.Invoke(departure);
        }
    }

    /// <summary>How many waiting calls this agent could be given (the status bar's calls-in-queue).</summary>
    public int WaitingFor(SessionSnapshot session) => Waiting().Count(c => MayTake(session, c));

    /// <summary>Notified of each call that leaves the queue and whether an agent got it (wallboard figures); dispose to stop.</summary>
    public IDisposable WatchDepartures(Action<QueueDeparture> onDeparture)
    {
        onDeparture = SubscriberContext.Bind(onDeparture);
        Departed += onDeparture;
        return new Unsubscribe(() => Departed -= onDeparture);
    }

    /// <summary>Notified whenever a call joins or leaves the queue; dispose to stop.</summary>
    public IDisposable WatchQueue(Action onChange)
    {
        onChange = SubscriberContext.Bind(onChange);
        QueueChanged += onChange;
        return new Unsubscribe(() => QueueChanged -= onChange);
    }

    public static bool MayTake(SessionSnapshot session, TrackedCall call) => call switch
    {
        { TargetAgent: { } target } => target == session.AgentUser,
        { Kind: TrackedCallKind.AutoDial } => call.CampaignId == session.CampaignId && session.Blended,
        { InGroupId: { } inGroup } => session.InGroups.Contains(inGroup),
        _ => false,
    };

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var readyAgents = bus.SubscribeAll(change =>
        {
            if (change.Session.State == AgentState.Ready && change.Events.Any(e => e is AgentStateChanged or InGroupsChanged))
            {
                _wake.Writer.TryWrite(true);
            }
        });
        _wake.Writer.TryWrite(true);
        _routing = true;
        Publish([]);
        try
        {
            while (await _wake.Reader.WaitToReadAsync(stoppingToken))
            {
                _wake.Reader.TryRead(out _);
                await DeliverAsync();
            }
        }
        catch (OperationCanceledException)
        {
        }
        finally
        {
            _routing = false;
        }
    }

    private async Task DeliverAsync()
    {
        List<TrackedCall> queue;
        lock (_gate)
        {
            queue = [.. _waiting.OrderByDescending(c => c.Priority).ThenBy(c => c.ArrivedAt)];
        }

        if (queue.Count == 0)
        {
            return;
        }

        var ready = sessions.All().Where(s => s.State == AgentState.Ready).OrderBy(s => s.StateSince).ToList();
        foreach (var call in queue)
        {
            var agent = ready.FirstOrDefault(s => MayTake(s, call));
            if (agent is null)
            {
                continue;
            }

            ready.Remove(agent);
            if (await TryDeliverAsync(call, agent.AgentUser))
            {
                Remove(call.CallId, delivered: true);
            }
        }
    }

    private async Task<bool> TryDeliverAsync(TrackedCall call, string agentUser)
    {
        lock (_gate)
        {
            if (!_waiting.Contains(call))
            {
                return false;
            }
        }

        var direction = call.Kind == TrackedCallKind.AutoDial ? CallDirection.Outbound : CallDirection.Inbound;
        var active = new ActiveCall(call.CallId, call.LeadId, call.PhoneNumber, direction, call.InGroupId, CallFlags.None, call.ArrivedAt);
        var offered = await sessions.SendAsync(agentUser, new OfferCall(active));
        if (!offered.IsAccepted)
        {
            return false;
        }

        registry.Update(call.CallId, c => c with { AgentUser = agentUser });
        try
        {
            await telephony.BridgeToAgentAsync(call.CallId, agentUser);
            await sessions.SendAsync(agentUser, new ConnectCall());
        }
        catch (Exception ex)
        {
            logger.LogFailure(ex, "Could not connect call {CallId} to agent {AgentUser}", call.CallId, agentUser);
            await sessions.SendAsync(agentUser, new WithdrawCall());
            return false;
        }

        return true;
    }

    private bool Remove(string callId, bool delivered)
    {
        List<TrackedCall> removed;
        lock (_gate)
        {
            removed = _waiting.FindAll(c => c.CallId == callId);
            _waiting.RemoveAll(c => c.CallId == callId);
        }

        if (removed.Count == 0)
        {
            return false;
        }

        QueueDeparture[] departures = [.. removed.Select(call => new QueueDeparture(call, delivered))];
        Changed(departures);
        foreach (var departure in departures)
        {
            Departed?.Invoke(departure);
        }

        return true;
    }

    private void Changed(QueueDeparture[]? departures = null)
    {
        _wake.Writer.TryWrite(true);
        Publish(departures ?? []);
        QueueChanged?.Invoke();
    }

    private void Publish(QueueDeparture[] departures)
    {
        TrackedCall[] waiting;
        lock (_gate)
        {
            waiting = [.. _waiting];
        }

        cluster.Publish(QueueTopic, new QueueChange(waiting, departures));
    }

    private sealed class Unsubscribe(Action action) : IDisposable
    {
        public void Dispose() => action();
    }
}

/// <summary>The queue after a change, and the calls that left it with that change.</summary>
[GenerateSerializer, Immutable, Alias("Portal.QueueChange")]
public sealed record QueueChange([property: Id(0)] TrackedCall[] Waiting, [property: Id(1)] QueueDeparture[] Departures);
