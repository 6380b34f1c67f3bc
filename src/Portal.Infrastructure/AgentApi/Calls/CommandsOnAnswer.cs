namespace Portal.Infrastructure.AgentApi.Calls;

using System.Collections.Immutable;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Portal.Domain.Sessions;
using Portal.Infrastructure.Calls;
using Portal.Infrastructure.Data;
using Portal.Infrastructure.Sessions;

/// <summary>
/// Call commands an integration sends while the agent's dialled call still rings (the lead is already on the screen):
/// VICIdial's screen takes park_call and transfer_conference then and acts once the customer is on the line, so Portal
/// keeps them, in the order they came, and carries them out when the customer answers. They are dropped when that
/// call ends unanswered or the agent logs out.
/// </summary>
public sealed class CommandsOnAnswer(SessionRuntime sessions, SessionEventBus bus, ILogger<CommandsOnAnswer> logger) : IHostedService, IDisposable
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Waiting> _waiting = new(StringComparer.Ordinal);
    private IDisposable? _subscription;

    /// <summary>Keeps <paramref name="command"/> until the ringing call <paramref name="callId"/> is answered.</summary>
    /// <param name="what">What the command is, for the log (e.g. "park_call PARK_CUSTOMER").</param>
    public void Keep(string agentUser, string callId, string what, Func<Task<DeskResult>> command)
    {
        lock (_gate)
        {
            var commands = _waiting.TryGetValue(agentUser, out var waiting) && waiting.CallId == callId ? waiting.Commands : [];
            _waiting[agentUser] = new Waiting(callId, commands.Add(new KeptCommand(what, command)));
        }

        // The customer may have answered between the caller's look and now: that event has then been missed.
        if (sessions.Find(agentUser) is { Call: { } call } session && call.CallId == callId && !call.Has(CallFlags.Ringing))
        {
            Release(agentUser, session);
        }
    }

    /// <summary>How many commands wait for this agent's call to be answered.</summary>
    public int WaitingFor(string agentUser)
    {
        lock (_gate)
        {
            return _waiting.TryGetValue(agentUser, out var waiting) ? waiting.Commands.Length : 0;
        }
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _subscription = bus.SubscribeAll(OnChange);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _subscription?.Dispose();
        return Task.CompletedTask;
    }

    public void Dispose() => _subscription?.Dispose();

    private void OnChange(SessionChange change)
    {
        var session = change.Session;
        lock (_gate)
        {
            if (!_waiting.ContainsKey(session.AgentUser))
            {
                return;
            }
        }

        Release(session.AgentUser, session);
    }

    /// <summary>Runs the kept commands once their call is answered, or drops them once it is gone.</summary>
    private void Release(string agentUser, SessionSnapshot session)
    {
        Waiting? taken;
        lock (_gate)
        {
            if (!_waiting.TryGetValue(agentUser, out taken))
            {
                return;
            }

            var sameCall = session is { State: AgentState.InCall, Call: { } call } && call.CallId == taken.CallId;
            if (sameCall && session.Call!.Has(CallFlags.Ringing))
            {
                return;
            }

            _waiting.Remove(agentUser);
            if (!sameCall)
            {
                logger.LogInformation(
                    "Dropped {Count} call command(s) kept for agent {AgentUser}: call {CallId} ended before the customer answered",
                    taken.Commands.Length, agentUser, taken.CallId);
                return;
            }
        }

        // Bus handlers must return at once; the commands go to the same session.
        _ = Task.Run(() => RunAsync(agentUser, taken));
    }

    private async Task RunAsync(string agentUser, Waiting taken)
    {
        foreach (var command in taken.Commands)
        {
            try
            {
                var result = await command.Run();
                if (!result.Succeeded)
                {
                    logger.LogWarning(
                        "The call command {Command} kept for agent {AgentUser} until call {CallId} was answered failed: {Reason}",
                        command.What, agentUser, taken.CallId, result.Error);
                }
            }
            catch (Exception ex)
            {
                logger.LogFailure(ex, "The call command {Command} kept for agent {AgentUser} failed", command.What, agentUser);
            }
        }
    }

    private sealed record KeptCommand(string What, Func<Task<DeskResult>> Run);

    private sealed record Waiting(string CallId, ImmutableArray<KeptCommand> Commands);
}
