namespace Portal.Infrastructure.Calls;

using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Portal.Domain.Sessions;
using Portal.Infrastructure.Data;
using Portal.Infrastructure.Sessions;

/// <summary>
/// Timer actions: a message shown to the agent a set number of seconds into a call — the campaign's, for every
/// call, or one set for the agent through the API (VICIdial's set_timer_action). An API timer is used once: for the
/// call the agent is on when it is set (counted from that call's start), otherwise for the agent's next call. It is
/// dropped when that call ends before its time, when the agent logs out, or when another timer (or NONE) replaces it.
/// </summary>
public sealed class CallTimerActions(
    SessionEventBus bus, SessionRuntime sessions, IDbContextFactory<PortalDbContext> contexts, TimeProvider time, ILogger<CallTimerActions> logger)
    : BackgroundService, IAgentTimers
{
    public const string Sender = "Timer";

    private readonly ConcurrentDictionary<string, AgentTimer> _agentTimers = new(StringComparer.Ordinal);

    /// <summary>Shows <paramref name="message"/> to the agent after <paramref name="seconds"/>, if this call is still on.</summary>
    public void Schedule(string agentUser, string callId, int seconds, string message, CancellationToken cancellationToken = default) =>
        _ = RunAsync(agentUser, callId, TimeSpan.FromSeconds(seconds), message, cancellationToken);

    /// <summary>
    /// Sets the agent's one-off timer (replacing any earlier one): <paramref name="message"/> is shown when the call
    /// time reaches <paramref name="seconds"/> — on the current call if there is one, else on the next.
    /// </summary>
    public void SetForAgent(string agentUser, int seconds, string message)
    {
        var timer = new AgentTimer(Math.Max(0, seconds), message);
        if (_agentTimers.TryGetValue(agentUser, out var previous))
        {
            previous.Cancel();
        }

        // Stored before looking at the session: a call connecting meanwhile is then seen here or by the event handler.
        _agentTimers[agentUser] = timer;
        if (sessions.Find(agentUser) is { State: AgentState.InCall, Call: { } call } && !call.Has(CallFlags.Ringing))
        {
            Attach(agentUser, timer, call);
        }
    }

    /// <summary>Drops the agent's pending timer, if any (set_timer_action NONE).</summary>
    public void ClearForAgent(string agentUser)
    {
        if (_agentTimers.TryRemove(agentUser, out var timer))
        {
            timer.Cancel();
        }
    }

    Task IAgentTimers.SetForAgentAsync(string agentUser, int seconds, string message)
    {
        SetForAgent(agentUser, seconds, message);
        return Task.CompletedTask;
    }

    Task IAgentTimers.ClearForAgentAsync(string agentUser)
    {
        ClearForAgent(agentUser);
        return Task.CompletedTask;
    }

    /// <summary>The agent's pending timer (seconds, message), or null.</summary>
    public (int Seconds, string Message)? PendingFor(string agentUser) =>
        _agentTimers.TryGetValue(agentUser, out var timer) ? (timer.Seconds, timer.Message) : null;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var subscription = bus.SubscribeAll(change => OnSessionChanged(change, stoppingToken));
        try
        {
            await Task.Delay(Timeout.Infinite, stoppingToken);
        }
        catch (OperationCanceledException)
        {
        }
    }

    private void OnSessionChanged(SessionChange change, CancellationToken stoppingToken)
    {
        var agentUser = change.Session.AgentUser;
        foreach (var e in change.Events)
        {
            switch (e)
            {
                case CallConnected { Call.Direction: not CallDirection.Manual, Call: var call }:
                    OnCallStarted(agentUser, change.Session.CampaignId, call, stoppingToken);
                    break;
                case CallAnsweredByCustomer answered:
                    OnCallStarted(agentUser, change.Session.CampaignId, answered.Call, stoppingToken);
                    break;
                case CallEnded or AgentLoggedOut:
                    DropAttachedOrAll(agentUser, loggedOut: e is AgentLoggedOut);
                    break;
            }
        }
    }

    private void OnCallStarted(string agentUser, string campaignId, ActiveCall call, CancellationToken stoppingToken)
    {
        _ = ScheduleCampaignTimerAsync(agentUser, campaignId, call.CallId, stoppingToken);
        if (_agentTimers.TryGetValue(agentUser, out var timer))
        {
            Attach(agentUser, timer, call);
        }
    }

    private void Attach(string agentUser, AgentTimer timer, ActiveCall call)
    {
        if (!timer.TryAttach(call.CallId, out var cancellation))
        {
            return;
        }

        var elapsed = time.GetUtcNow() - call.StartedAt;
        var delay = TimeSpan.FromSeconds(timer.Seconds) - (elapsed > TimeSpan.Zero ? elapsed : TimeSpan.Zero);
        _ = RunAgentTimerAsync(agentUser, timer, call.CallId, delay > TimeSpan.Zero ? delay : TimeSpan.Zero, cancellation);
    }

    private async Task RunAgentTimerAsync(string agentUser, AgentTimer timer, string callId, TimeSpan delay, CancellationToken cancellation)
    {
        try
        {
            await RunAsync(agentUser, callId, delay, timer.Message, cancellation);
        }
        finally
        {
            _agentTimers.TryRemove(new KeyValuePair<string, AgentTimer>(agentUser, timer));
            timer.Dispose();
        }
    }

    private void DropAttachedOrAll(string agentUser, bool loggedOut)
    {
        if (_agentTimers.TryGetValue(agentUser, out var timer) && (loggedOut || timer.CallId is not null)
            && _agentTimers.TryRemove(new KeyValuePair<string, AgentTimer>(agentUser, timer)))
        {
            timer.Cancel();
        }
    }

    private async Task ScheduleCampaignTimerAsync(string agentUser, string campaignId, string callId, CancellationToken cancellationToken)
    {
        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var timer = await db.Campaigns.Where(c => c.Id == campaignId)
                .Select(c => new { c.TimerActionSeconds, c.TimerActionMessage }).SingleOrDefaultAsync(cancellationToken);
            if (timer is { TimerActionSeconds: > 0, TimerActionMessage: { } message })
            {
                Schedule(agentUser, callId, timer.TimerActionSeconds, message, cancellationToken);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogFailure(ex, "Could not schedule the campaign timer action for {AgentUser}", agentUser);
        }
    }

    private async Task RunAsync(string agentUser, string callId, TimeSpan delay, string message, CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(delay, time, cancellationToken);
            if (sessions.Find(agentUser) is { State: AgentState.InCall, Call.CallId: var current } && current == callId)
            {
                await sessions.SendAsync(agentUser, new Notify(new AgentNotification(message, Sender, TextWeight: "bold")));
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    /// <summary>One API-set timer; attached to at most one call, once. Disposed by its run, or when cancelled unattached.</summary>
    private sealed class AgentTimer(int seconds, string message) : IDisposable
    {
        private readonly object _gate = new();
        private readonly CancellationTokenSource _cancel = new();
        private bool _done;

        public int Seconds { get; } = seconds;
        public string Message { get; } = message;
        public string? CallId { get; private set; }

        public bool TryAttach(string callId, out CancellationToken cancellation)
        {
            lock (_gate)
            {
                if (_done || CallId is not null)
                {
                    cancellation = default;
                    return false;
                }

                CallId = callId;
                cancellation = _cancel.Token;
                return true;
            }
        }

        public void Cancel()
        {
            bool unattached;
            lock (_gate)
            {
                if (_done)
                {
                    return;
                }

                unattached = CallId is null;
                _done = unattached;
            }

            if (unattached)
            {
                _cancel.Dispose();
                return;
            }

            try
            {
                _cancel.Cancel();
            }
            catch (ObjectDisposedException)
            {
                // Its run has just ended and disposed it: nothing left to cancel.
            }
        }

        public void Dispose()
        {
            lock (_gate)
            {
                if (_done)
                {
                    return;
                }

                _done = true;
            }

            _cancel.Dispose();
        }
    }
}
