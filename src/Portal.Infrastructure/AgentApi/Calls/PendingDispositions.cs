namespace Portal.Infrastructure.AgentApi.Calls;

using System.Collections.Concurrent;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Portal.Domain.Sessions;
using Portal.Infrastructure.Calls;
using Portal.Infrastructure.Data;
using Portal.Infrastructure.Sessions;

/// <summary>
/// external_status (and the REST API's disposition) as VICIdial's screen applies it: on the disposition screen. An agent already there is
/// dispositioned at once; an agent still on the call keeps the status pending until that call reaches DISPO. A pending
/// status is dropped when another call starts or the agent logs out, as VICIdial clears it at the next call.
/// </summary>
public sealed class PendingDispositions(
    SessionRuntime sessions, SessionEventBus bus, ICallDesk desk, ILogger<PendingDispositions> logger) : IHostedService, IDisposable
{
    private readonly ConcurrentDictionary<string, Pending> _pending = new(StringComparer.Ordinal);
    private IDisposable? _subscription;

    /// <summary>The outcome when applied at once (the agent is in DISPO); null when it waits for the disposition screen.</summary>
    public async Task<DeskResult?> SetAsync(string agentUser, ApiDisposition disposition)
    {
        var session = sessions.Find(agentUser);
        if (session is null)
        {
            return DeskResult.Fail(Refusal.NotLoggedIn.Reason);
        }

        if (session.State == AgentState.Dispo)
        {
            _pending.TryRemove(agentUser, out _);
            return await ApplyAsync(agentUser, disposition);
        }

        var pending = new Pending(session.Call?.CallId, disposition);
        _pending[agentUser] = pending;

        // The call may have reached DISPO between the look above and the store: its event has then been missed.
        if (sessions.Find(agentUser) is { State: AgentState.Dispo } now && pending.IsFor(now))
        {
            await TakeAndApplyAsync(agentUser, pending);
        }

        return null;
    }

    /// <summary>The status waiting for this agent's disposition screen, if any.</summary>
    public ApiDisposition? PendingFor(string agentUser) => _pending.TryGetValue(agentUser, out var pending) ? pending.Disposition : null;

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
        var agentUser = change.Session.AgentUser;
        if (!_pending.TryGetValue(agentUser, out var pending))
        {
            return;
        }

        var session = change.Session;
        if (change.EndedSession || (session.Call is { } call && call.CallId != pending.CallId))
        {
            _pending.TryRemove(KeyValuePair.Create(agentUser, pending));
            return;
        }

        if (session.State == AgentState.Dispo && pending.IsFor(session))
        {
            // Bus handlers must return at once; the disposition is a command to the same session.
            _ = Task.Run(() => TakeAndApplyAsync(agentUser, pending));
        }
    }

    private async Task TakeAndApplyAsync(string agentUser, Pending pending)
    {
        if (!_pending.TryRemove(KeyValuePair.Create(agentUser, pending)))
        {
            return;
        }

        try
        {
            var result = await ApplyAsync(agentUser, pending.Disposition);
            if (!result.Succeeded)
            {
                logger.LogWarning(
                    "The API status {Status} for agent {AgentUser} could not be applied: {Reason}", pending.Disposition.StatusCode, agentUser, result.Error);
            }
        }
        catch (Exception ex)
        {
            logger.LogFailure(ex, "The API status {Status} for agent {AgentUser} failed", pending.Disposition.StatusCode, agentUser);
        }
    }

    private Task<DeskResult> ApplyAsync(string agentUser, ApiDisposition disposition) =>
        desk.DispositionAsync(agentUser, disposition.StatusCode, disposition.PauseAfter, disposition.Callback);

    private sealed record Pending(string? CallId, ApiDisposition Disposition)
    {
        public bool IsFor(SessionSnapshot session) => CallId is not null && session.Call?.CallId == CallId;
    }
}
