namespace Portal.Infrastructure.Telephony;

using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

/// <summary>
/// The embedded PBX: rings numbers and decides, by configurable odds (or fixed outcomes for chosen numbers), whether
/// customers answer; lets connected customers hang up after a while; and brings inbound callers to the in-groups.
/// Deterministic for a given seed, lively by default.
/// </summary>
public sealed class SimulatedPbx(
    IOptions<SimulatorOptions> options, TimeProvider time, InboundCallerSource callers, ILogger<SimulatedPbx> logger)
    : BackgroundService, ITelephony
{
    private readonly SimulatorOptions _options = options.Value;
    private readonly Channel<TelephonyEvent> _events = Channel.CreateUnbounded<TelephonyEvent>();
    private readonly ConcurrentDictionary<string, SimulatedCall> _calls = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string CallId, string Supervisor), MonitorMode> _listeners = new();
    private readonly Random _random = options.Value.Seed is { } seed ? new Random(seed) : new Random();
    private readonly string _idPrefix = $"S{time.GetUtcNow().ToUnixTimeSeconds() % 100000000:D8}";
    private long _sequence;

    public ChannelReader<TelephonyEvent> Events => _events.Reader;

    public bool SupportsHoldAndMute => true;

    /// <summary>The simulator is always there.</summary>
    public event Action<bool>? ReachabilityChanged
    {
        add { }
        remove { }
    }

    /// <summary>Simulated phones never hang up.</summary>
    public event Action<string, bool>? AgentPhoneLost
    {
        add { }
        remove { }
    }

    /// <summary>Calls the simulator currently knows (ringing, waiting, connected or parked).</summary>
    public int LiveCallCount => _calls.Count;

    public Task<bool> RingAgentPhoneAsync(string agentUser, string phoneLogin, CancellationToken cancellationToken = default) =>
        Task.FromResult(!string.IsNullOrWhiteSpace(phoneLogin));

    public Task ReleaseAgentPhoneAsync(string agentUser, CancellationToken cancellationToken = default) => Task.CompletedTask;

    public Task<bool> IsReachableAsync(CancellationToken cancellationToken = default) => Task.FromResult(true);

    public Task OriginateAsync(OriginateRequest request, CancellationToken cancellationToken = default)
    {
        var call = NewCall(request.PhoneNumber, request.CallId);
        After(call, _options.RingSeconds, () =>
        {
            var outcome = OutcomeFor(request.PhoneNumber);
            if (outcome == "Answer")
            {
                Connect(call);
                Raise(new CustomerAnswered(call.Id, time.GetUtcNow()));
                return;
            }

            _calls.TryRemove(call.Id, out _);
            Raise(outcome == "Busy" ? new CustomerBusy(call.Id, time.GetUtcNow()) : new CustomerNoAnswer(call.Id, time.GetUtcNow()));
        });
        return Task.CompletedTask;
    }

    /// <summary>Brings a caller to an in-group now (the inbound generator, and trainers through the API).</summary>
    public string InjectInboundCall(string inGroupId, string callerNumber)
    {
        var call = NewCall(callerNumber);
        if (_options.CallerPatienceSeconds > 0)
        {
            After(call, _options.CallerPatienceSeconds, () => CustomerLeaves(call));
        }

        Raise(new InboundCallArrived(call.Id, time.GetUtcNow(), inGroupId, callerNumber));
        return call.Id;
    }

    public Task BridgeToAgentAsync(string callId, string agentUser, CancellationToken cancellationToken = default)
    {
        if (_calls.TryGetValue(callId, out var call))
        {
            Connect(call);
        }

        return Task.CompletedTask;
    }

    /// <summary>The caller waits again (their patience is not reset, as a real caller's would not be).</summary>
    public Task ReturnToQueueAsync(string callId, CancellationToken cancellationToken = default) => Task.CompletedTask;

    public Task HangUpAsync(string callId, CancellationToken cancellationToken = default)
    {
        End(callId);
        return Task.CompletedTask;
    }

    public Task BlindTransferAsync(string callId, string number, CancellationToken cancellationToken = default)
    {
        End(callId);
        return Task.CompletedTask;
    }

    public Task DialConferenceAsync(string callId, string number, bool withCustomer, CancellationToken cancellationToken = default)
    {
        if (_calls.TryGetValue(callId, out var call))
        {
            After(call, _options.RingSeconds, () => Raise(new ConferenceLineResult(callId, time.GetUtcNow(), number, Chance(_options.ConferenceAnswerOdds))), cancelsPending: false);
        }

        return Task.CompletedTask;
    }

    public Task HangUpConferenceAsync(string callId, CancellationToken cancellationToken = default) => Task.CompletedTask;

    public Task LeaveConferenceAsync(string callId, CancellationToken cancellationToken = default)
    {
        End(callId);
        return Task.CompletedTask;
    }

    public Task ParkAsync(string callId, bool parked, CancellationToken cancellationToken = default) => Task.CompletedTask;

    public Task<RecordingInfo> StartRecordingAsync(string callId, string agentUser, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var id = $"{_idPrefix}R{Interlocked.Increment(ref _sequence):D6}";
        var file = $"{_options.RecordingPath.TrimEnd('/')}/{now:yyyyMMdd-HHmmss}_{agentUser}_{callId}.wav";
        return Task.FromResult(new RecordingInfo(id, file, now));
    }

    public Task StopRecordingAsync(string callId, CancellationToken cancellationToken = default) => Task.CompletedTask;

    public Task SendDtmfAsync(string callId, string digits, CancellationToken cancellationToken = default)
    {
        logger.LogDebug("DTMF {Digits} sent on {CallId}", digits, callId);
        return Task.CompletedTask;
    }

    public Task PlayAudioAsync(string callId, string fileName, CancellationToken cancellationToken = default) => Task.CompletedTask;

    public Task LeaveMessageAsync(string callId, IReadOnlyList<string> fileNames, CancellationToken cancellationToken = default)
    {
        End(callId);
        return Task.CompletedTask;
    }

    public Task SetHoldAsync(string callId, bool onHold, CancellationToken cancellationToken = default) => Task.CompletedTask;

    public Task SetMuteAsync(string callId, bool muted, CancellationToken cancellationToken = default) => Task.CompletedTask;

    public Task<bool> MonitorAsync(string callId, string supervisorUser, MonitorMode mode, CancellationToken cancellationToken = default)
    {
        if (!_calls.ContainsKey(callId))
        {
            return Task.FromResult(false);
        }

        _listeners[(callId, supervisorUser)] = mode;
        logger.LogDebug("Supervisor {Supervisor} on call {CallId} ({Mode})", supervisorUser, callId, mode);
        return Task.FromResult(true);
    }

    public Task StopMonitorAsync(string callId, string supervisorUser, CancellationToken cancellationToken = default)
    {
        _listeners.TryRemove((callId, supervisorUser), out _);
        return Task.CompletedTask;
    }

    /// <summary>The supervisors on a call's audio, as the PBX has them.</summary>
    public IReadOnlyList<CallListener> ListenersOf(string callId) =>
        [.. _listeners.Where(l => l.Key.CallId == callId).Select(l => new CallListener(callId, l.Key.Supervisor, l.Value))];

    /// <summary>Brings inbound callers at the configured rate (a Poisson process over all in-groups).</summary>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (_options.InboundCallsPerMinute <= 0)
        {
            return;
        }

        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                var inGroups = await callers.ActiveInGroupsAsync(stoppingToken);
                if (inGroups.Count == 0)
                {
                    await Task.Delay(TimeSpan.FromSeconds(10), time, stoppingToken);
                    continue;
                }

                var perSecond = _options.InboundCallsPerMinute * inGroups.Count / 60.0;
                await Task.Delay(TimeSpan.FromSeconds(-Math.Log(1 - NextDouble()) / perSecond), time, stoppingToken);
                var inGroup = inGroups[NextInt(inGroups.Count)];
                var known = Chance(_options.InboundKnownCallerShare);
                var number = (known ? await callers.RandomLeadNumberAsync(NextInt(int.MaxValue), stoppingToken) : null) ?? RandomNumber();
                InjectInboundCall(inGroup, number);
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private SimulatedCall NewCall(string number, string? id = null)
    {
        var call = new SimulatedCall(id ?? $"{_idPrefix}{Interlocked.Increment(ref _sequence):D6}", number);
        _calls[call.Id] = call;
        return call;
    }

    private void Connect(SimulatedCall call)
    {
        if (_options.CustomerHangupMaxSeconds <= 0)
        {
            call.CancelPending();
            return;
        }

        var min = Math.Max(1, _options.CustomerHangupMinSeconds);
        var after = min + NextDouble() * Math.Max(0, _options.CustomerHangupMaxSeconds - min);
        After(call, after, () => CustomerLeaves(call));
    }

    private void CustomerLeaves(SimulatedCall call)
    {
        if (_calls.TryRemove(call.Id, out _))
        {
            DropListeners(call.Id);
            Raise(new CustomerLeft(call.Id, time.GetUtcNow()));
        }
    }

    private void End(string callId)
    {
        if (_calls.TryRemove(callId, out var call))
        {
            call.CancelPending();
            DropListeners(callId);
        }
    }

    private void DropListeners(string callId)
    {
        foreach (var key in _listeners.Keys.Where(k => k.CallId == callId))
        {
            _listeners.TryRemove(key, out _);
        }
    }

    /// <summary>Runs an action after a delay unless the call ends first; a new timer replaces the call's pending one.</summary>
    private void After(SimulatedCall call, double seconds, Action action, bool cancelsPending = true)
    {
        var cancel = cancelsPending ? call.ReplacePending() : CancellationToken.None;
        _ = Task.Delay(TimeSpan.FromSeconds(Math.Max(0, seconds)), time, cancel).ContinueWith(
            t =>
            {
                if (!t.IsCanceled && (_calls.ContainsKey(call.Id) || !cancelsPending))
                {
                    action();
                }
            },
            TaskScheduler.Default);
    }

    private string OutcomeFor(string number)
    {
        if (_options.FixedOutcomes.TryGetValue(number, out var fixedOutcome))
        {
            return fixedOutcome;
        }

        var total = _options.AnswerOdds + _options.BusyOdds + _options.NoAnswerOdds;
        var roll = NextDouble() * (total <= 0 ? 1 : total);
        return roll < _options.AnswerOdds ? "Answer" : roll < _options.AnswerOdds + _options.BusyOdds ? "Busy" : "NoAnswer";
    }

    private void Raise(TelephonyEvent e) => _events.Writer.TryWrite(e);

    private string RandomNumber() => $"{NextInt(200, 990)}{NextInt(200, 999)}{NextInt(0, 10000):D4}";

    private bool Chance(double odds) => NextDouble() < odds;

    private double NextDouble()
    {
        lock (_random)
        {
            return _random.NextDouble();
        }
    }

    private int NextInt(int max) => NextInt(0, max);

    private int NextInt(int min, int max)
    {
        lock (_random)
        {
            return _random.Next(min, max);
        }
    }

    private sealed class SimulatedCall(string id, string number)
    {
        private CancellationTokenSource? _pending;

        public string Id { get; } = id;

        public string Number { get; } = number;

        public CancellationToken ReplacePending()
        {
            var next = new CancellationTokenSource();
            Interlocked.Exchange(ref _pending, next)?.Cancel();
            return next.Token;
        }

        public void CancelPending() => Interlocked.Exchange(ref _pending, null)?.Cancel();
    }
}
