namespace Portal.Infrastructure.Supervision;

using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Portal.Domain.Sessions;
using Portal.Infrastructure.Calls;
using Portal.Infrastructure.Sessions;
using Portal.Infrastructure.Telephony;

/// <summary>
/// Who is monitoring whom: a supervisor is on at most one call at a time (their phone), in one mode. Monitoring ends
/// with the agent's call; the telephony port carries the audio, this list is what wallboards show.
/// </summary>
public sealed class CallMonitors(ITelephonyCommands telephony, SessionRuntime sessions, SessionEventBus bus, TimeProvider time, ILogger<CallMonitors> logger)
    : IHostedService, IDisposable
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, AgentMonitor> _bySupervisor = new(StringComparer.Ordinal);
    private IDisposable? _subscription;
    private event Action? Changed;

    public IReadOnlyList<AgentMonitor> All()
    {
        lock (_gate)
        {
            return [.. _bySupervisor.Values];
        }
    }

    public IDisposable Watch(Action onChange)
    {
        onChange = SubscriberContext.Bind(onChange);
        Changed += onChange;
        return new Unsubscriber(() => Changed -= onChange);
    }

    /// <summary>Puts the supervisor on the agent's live call in this mode, leaving any other call they were on.</summary>
    public async Task<DeskResult> MonitorAsync(string supervisorUser, string agentUser, MonitorMode mode)
    {
        if (sessions.Find(agentUser) is not { State: AgentState.InCall, Call: { } call })
        {
            return DeskResult.Fail($"{agentUser} is not on a live call to monitor.");
        }

        if (!await telephony.MonitorAsync(call.CallId, supervisorUser, mode))
        {
            return DeskResult.Fail($"The call of {agentUser} has already ended on the phone system.");
        }

        AgentMonitor? previous;
        lock (_gate)
        {
            _bySupervisor.TryGetValue(supervisorUser, out previous);
            _bySupervisor[supervisorUser] = new AgentMonitor(agentUser, call.CallId, supervisorUser, mode, time.GetUtcNow());
        }

        if (previous is not null && previous.CallId != call.CallId)
        {
            await telephony.StopMonitorAsync(previous.CallId, supervisorUser);
        }

        Changed?.Invoke();
        return DeskResult.Ok;
    }

    /// <summary>Takes the supervisor off the agent's call.</summary>
    public async Task<DeskResult> StopMonitoringAsync(string supervisorUser, string agentUser)
    {
        AgentMonitor? current;
        lock (_gate)
        {
            if (!_bySupervisor.TryGetValue(supervisorUser, out current) || current.AgentUser != agentUser)
            {
                return DeskResult.Fail($"You are not monitoring {agentUser}.");
            }

            _bySupervisor.Remove(supervisorUser);
        }

        await telephony.StopMonitorAsync(current.CallId, supervisorUser);
        Changed?.Invoke();
        return DeskResult.Ok;
    }

    Task IHostedService.StartAsync(CancellationToken cancellationToken)
    {
        _subscription = bus.SubscribeAll(OnSessionChange);
        return Task.CompletedTask;
    }

    Task IHostedService.StopAsync(CancellationToken cancellationToken)
    {
        _subscription?.Dispose();
        return Task.CompletedTask;
    }

    public void Dispose() => _subscription?.Dispose();

    /// <summary>When the monitored call ends (or the agent leaves), the supervisors on it are taken off.</summary>
    private void OnSessionChange(SessionChange change)
    {
        var session = change.Session;
        List<AgentMonitor> ended;
        lock (_gate)
        {
            ended = [.. _bySupervisor.Values.Where(m =>
                m.AgentUser == session.AgentUser && (session.State != AgentState.InCall || m.CallId != session.Call?.CallId))];
            foreach (var monitor in ended)
            {
                _bySupervisor.Remove(monitor.SupervisorUser);
            }
        }

        if (ended.Count == 0)
        {
            return;
        }

        Changed?.Invoke();
        _ = HangUpListenersAsync(ended);
    }

    private async Task HangUpListenersAsync(IReadOnlyList<AgentMonitor> ended)
    {
        foreach (var monitor in ended)
        {
            try
            {
                await telephony.StopMonitorAsync(monitor.CallId, monitor.SupervisorUser);
            }
            catch (Exception ex)
            {
                logger.LogWarning(ex, "Could not take supervisor {Supervisor} off finished call {CallId}", monitor.SupervisorUser, monitor.CallId);
            }
        }
    }

    private sealed class Unsubscriber(Action action) : IDisposable
    {
        public void Dispose() => action();
    }
}
