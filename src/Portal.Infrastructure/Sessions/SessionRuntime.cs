namespace Portal.Infrastructure.Sessions;

using System.Collections.Concurrent;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Portal.Domain.Sessions;

/// <summary>
/// Holds one actor per live session on this node, routes commands to them, and restores the persisted
/// sessions at start-up so a restart does not log anyone out.
/// </summary>
public sealed class SessionRuntime(
    SessionStore store, SessionEventBus bus, TimeProvider time, ILogger<SessionRuntime> logger) : IHostedService, IDisposable
{
    private readonly ConcurrentDictionary<string, SessionActor> _actors = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _loginGate = new(1, 1);

    public SessionSnapshot? Find(string agentUser) =>
        _actors.TryGetValue(agentUser, out var actor) && actor.Current.State != AgentState.LoggedOut ? actor.Current : null;

    public IReadOnlyList<SessionSnapshot> All() =>
        [.. _actors.Values.Select(a => a.Current).Where(s => s.State != AgentState.LoggedOut).OrderBy(s => s.AgentUser, StringComparer.Ordinal)];

    public Task<CommandOutcome> SendAsync(string agentUser, AgentCommand command) =>
        _actors.TryGetValue(agentUser, out var actor) ? actor.SendAsync(command) : Task.FromResult(CommandOutcome.NotLoggedIn);

    public async Task<LoginOutcome> LogInAsync(AgentLogin login)
    {
        await _loginGate.WaitAsync();
        try
        {
            if (Find(login.AgentUser) is not null)
            {
                return new LoginOutcome(null, Refusal.AlreadyLoggedIn);
            }

            var (session, loggedIn) = AgentSession.LogIn(login, time.GetUtcNow());
            var change = new SessionChange(session.ToSnapshot(), [loggedIn]);
            await store.SaveAsync(change, CancellationToken.None);
            _actors[login.AgentUser] = NewActor(session);
            bus.Publish(change);
            return new LoginOutcome(change.Session, null);
        }
        finally
        {
            _loginGate.Release();
        }
    }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var restored = await store.LoadLiveAsync(cancellationToken);
        foreach (var snapshot in restored)
        {
            _actors[snapshot.AgentUser] = NewActor(AgentSession.Restore(snapshot));
        }

        logger.LogInformation("Restored {Count} live agent sessions", _actors.Count);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        foreach (var actor in _actors.Values)
        {
            actor.Stop();
        }

        await Task.WhenAll(_actors.Values.Select(a => a.Completion)).WaitAsync(cancellationToken);
    }

    public void Dispose() => _loginGate.Dispose();

    private SessionActor NewActor(AgentSession session) =>
        new(session, store, bus, time, logger, ended => _actors.TryRemove(new KeyValuePair<string, SessionActor>(ended.AgentUser, ended)));
}
