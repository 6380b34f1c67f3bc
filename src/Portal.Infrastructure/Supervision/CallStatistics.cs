namespace Portal.Infrastructure.Supervision;

using Microsoft.Extensions.Hosting;
using Portal.Domain.Sessions;
using Portal.Infrastructure.Calls;
using Portal.Infrastructure.Sessions;

/// <summary>
/// Today's call figures per campaign and calls per agent, kept in memory for wallboards: read once from the call log
/// and agent log at start-up, then counted from session events and queue departures, so no viewer costs a query.
/// Queue waits and dropped calls have no table, so they count from start-up. The figures start again at midnight.
/// </summary>
public sealed class CallStatistics(CallStatisticsLoader loader, SessionEventBus bus, CallRouter router, TimeProvider time)
    : IHostedService, ICallsToday, IDisposable
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, CallFigures> _campaigns = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _agentCalls = new(StringComparer.Ordinal);
    private DateTime _day;
    private DateTimeOffset _loadedUntil = DateTimeOffset.MaxValue;
    private IDisposable? _sessions;
    private IDisposable? _departures;
    private event Action? Changed;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        // Subscribe first, then load what happened before: events from now on are counted live, earlier ones read.
        var now = time.GetUtcNow();
        lock (_gate)
        {
            _day = time.GetLocalNow().Date;
            _loadedUntil = now;
        }

        _sessions = bus.SubscribeAll(OnSessionChange);
        _departures = router.WatchDepartures(OnDeparture);
        var loaded = await loader.LoadAsync(Midnight(), now, cancellationToken);
        lock (_gate)
        {
            foreach (var (campaign, figures) in loaded.Campaigns)
            {
                Change(campaign, f => f.Plus(figures));
            }

            foreach (var (agent, calls) in loaded.AgentCalls)
            {
                _agentCalls[agent] = _agentCalls.GetValueOrDefault(agent) + calls;
            }
        }

        Changed?.Invoke();
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        _sessions?.Dispose();
        _departures?.Dispose();
    }

    /// <summary>Today's figures of every campaign that had calls.</summary>
    public IReadOnlyDictionary<string, CallFigures> ByCampaign()
    {
        lock (_gate)
        {
            StartNewDayIfDue();
            return new Dictionary<string, CallFigures>(_campaigns, StringComparer.Ordinal);
        }
    }

    /// <summary>Calls the agent was connected to today (as their call log counts them).</summary>
    public IReadOnlyDictionary<string, int> CallsByAgent()
    {
        lock (_gate)
        {
            StartNewDayIfDue();
            return new Dictionary<string, int>(_agentCalls, StringComparer.Ordinal);
        }
    }

    public int For(string agentUser)
    {
        lock (_gate)
        {
            StartNewDayIfDue();
            return _agentCalls.GetValueOrDefault(agentUser);
        }
    }

    /// <summary>Notified after the figures changed; dispose to stop.</summary>
    public IDisposable Watch(Action onChange)
    {
        onChange = SubscriberContext.Bind(onChange);
        Changed += onChange;
        return new Unsubscriber(() => Changed -= onChange);
    }

    private void OnSessionChange(SessionChange change)
    {
        var counted = false;
        lock (_gate)
        {
            StartNewDayIfDue();
            foreach (var e in change.Events.Where(e => e.At >= _loadedUntil))
            {
                counted |= Count(change.Session, e);
            }
        }

        if (counted)
        {
            Changed?.Invoke();
        }
    }

    private bool Count(SessionSnapshot session, AgentEvent e)
    {
        var campaign = session.CampaignId;
        switch (e)
        {
            case CallConnected connected:
                _agentCalls[e.AgentUser] = _agentCalls.GetValueOrDefault(e.AgentUser) + 1;
                if (!connected.Call.Has(CallFlags.Ringing))
                {
                    Change(campaign, f => f with { Answered = f.Answered + 1 });
                }

                return true;
            case CallAnsweredByCustomer:
                Change(campaign, f => f with { Answered = f.Answered + 1 });
                return true;
            case CallEnded ended when CallStatisticsLoader.Talked(ended):
                var talk = Math.Max(0, (ended.At - ended.Call.StartedAt).TotalSeconds);
                Change(campaign, f => f with { Talks = f.Talks + 1, TalkSeconds = f.TalkSeconds + talk });
                return true;
            case AgentStateChanged { PreviousState: AgentState.Dispo } wrapped:
                return WrappedUp(campaign, wrapped.PreviousDuration);
            case AgentLoggedOut { LastState: AgentState.Dispo } loggedOut:
                return WrappedUp(campaign, loggedOut.At - loggedOut.LastSince);
            default:
                return false;
        }
    }

    private bool WrappedUp(string campaign, TimeSpan duration)
    {
        Change(campaign, f => f with { WrapUps = f.WrapUps + 1, WrapUpSeconds = f.WrapUpSeconds + duration.TotalSeconds });
        return true;
    }

    private void OnDeparture(QueueDeparture departure)
    {
        var call = departure.Call;
        var waited = Math.Max(0, (time.GetUtcNow() - call.ArrivedAt).TotalSeconds);
        lock (_gate)
        {
            StartNewDayIfDue();
            Change(call.CampaignId, f => departure.Delivered
                ? f with { Waited = f.Waited + 1, WaitSeconds = f.WaitSeconds + waited }
                : f with { Dropped = f.Dropped + 1 });
        }

        Changed?.Invoke();
    }

    private void Change(string campaign, Func<CallFigures, CallFigures> change) =>
        _campaigns[campaign] = change(_campaigns.GetValueOrDefault(campaign) ?? CallFigures.None);

    private void StartNewDayIfDue()
    {
        var today = time.GetLocalNow().Date;
        if (today != _day)
        {
            _day = today;
            _campaigns.Clear();
            _agentCalls.Clear();
        }
    }

    private DateTimeOffset Midnight()
    {
        var local = time.GetLocalNow();
        return new DateTimeOffset(local.Date, local.Offset);
    }

    private sealed class Unsubscriber(Action action) : IDisposable
    {
        public void Dispose() => action();
    }
}
