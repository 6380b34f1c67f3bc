namespace Portal.Infrastructure.Sessions;

using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Portal.Domain.Sessions;
using Portal.Infrastructure.Data;

/// <summary>
/// Owns one live session and handles its commands one at a time, so an agent's click and an API command never
/// race. Each accepted change is persisted before it is published or acknowledged: no acknowledged command is lost.
/// </summary>
internal sealed class SessionActor
{
    private readonly Channel<Envelope> _inbox = Channel.CreateUnbounded<Envelope>(new UnboundedChannelOptions { SingleReader = true });
    private AgentSession _session;
    private readonly SessionStore _store;
    private readonly SessionEventBus _bus;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly Action<SessionActor> _onEnded;
    private volatile SessionSnapshot _current;

    public SessionActor(
        AgentSession session, SessionStore store, SessionEventBus bus, TimeProvider time, ILogger logger, Action<SessionActor> onEnded)
    {
        _session = session;
        _store = store;
        _bus = bus;
        _time = time;
        _logger = logger;
        _onEnded = onEnded;
        _current = session.ToSnapshot();
        Completion = Task.Run(RunAsync);
    }

    public string AgentUser => _session.AgentUser;

    /// <summary>The session as of its last persisted change; safe to read from any thread.</summary>
    public SessionSnapshot Current => _current;

    public Task Completion { get; }

    public Task<CommandOutcome> SendAsync(AgentCommand command)
    {
        var envelope = new Envelope(command, new TaskCompletionSource<CommandOutcome>(TaskCreationOptions.RunContinuationsAsynchronously));
        return _inbox.Writer.TryWrite(envelope) ? envelope.Reply.Task : Task.FromResult(CommandOutcome.NotLoggedIn);
    }

    /// <summary>Stops taking commands (host shutdown); the session stays persisted and is restored at the next start.</summary>
    public void Stop() => _inbox.Writer.TryComplete();

    private async Task RunAsync()
    {
        await foreach (var envelope in _inbox.Reader.ReadAllAsync())
        {
            try
            {
                envelope.Reply.TrySetResult(await HandleAsync(envelope.Command));
            }
            catch (Exception ex) when (DatabaseOutage.Caused(ex))
            {
                // Undone (see HandleAsync) and answered by each surface as "try again"; the store logged the outage.
                envelope.Reply.TrySetException(ex);
            }
            catch (Exception ex)
            {
                _logger.LogError(ex, "Command {Command} failed for agent {AgentUser}", envelope.Command.GetType().Name, AgentUser);
                envelope.Reply.TrySetException(ex);
            }

            if (_session.IsLoggedOut)
            {
                _inbox.Writer.TryComplete();
                _onEnded(this);
            }
        }

        // Anything still queued after the session ended is answered as VICIdial would: not logged in.
        while (_inbox.Reader.TryRead(out var late))
        {
            late.Reply.TrySetResult(CommandOutcome.NotLoggedIn);
        }
    }

    private async Task<CommandOutcome> HandleAsync(AgentCommand command)
    {
        var before = _session.ToSnapshot();
        var result = _session.Handle(command, _time.GetUtcNow());
        if (!result.Changed)
        {
            return new CommandOutcome(result, before);
        }

        var change = new SessionChange(_session.ToSnapshot(), result.Events);
        try
        {
            await _store.SaveAsync(change, CancellationToken.None);
        }
        catch
        {
            // Not persisted means not done: put the session back as it was and let the caller see the failure.
            _session = AgentSession.Restore(before);
            throw;
        }

        _current = change.Session;
        _bus.Publish(change);
        return new CommandOutcome(result, change.Session);
    }

    private sealed record Envelope(AgentCommand Command, TaskCompletionSource<CommandOutcome> Reply);
}
