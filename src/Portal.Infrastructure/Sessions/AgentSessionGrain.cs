namespace Portal.Infrastructure.Sessions;

using Microsoft.Extensions.Logging;
using Portal.Domain.Sessions;
using Portal.Infrastructure.Data;

/// <summary>
/// Owns one live session and handles its commands one at a time (Orleans runs one call of a grain at a time), so an
/// agent's click and an API command never race. Each accepted change is persisted before it is published or
/// acknowledged: no acknowledged command is lost, and a new activation (after a restart or on another node) reads the
/// session back from the live-session row.
/// </summary>
internal sealed class AgentSessionGrain(
    SessionStore store, SessionChangeFeed feed, TimeProvider time, ILogger<AgentSessionGrain> logger) : Grain, IAgentSessionGrain
{
    private AgentSession? _session;

    private string AgentUser => this.GetPrimaryKeyString();

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var snapshot = await store.LoadAsync(AgentUser, cancellationToken);
        _session = snapshot is null ? null : AgentSession.Restore(snapshot);
    }

    // One async method from the call to the commit (not a helper per step): every level that waits for the commit costs
    // a state machine, a continuation and a task run through this activation's scheduler, on each command.
    public async Task<SessionReply> Send(AgentCommand command)
    {
        if (_session is not { IsLoggedOut: false } session)
        {
            return SessionReply.NotLoggedIn;
        }

        var before = session.ToSnapshot();
        CommandResult result;
        try
        {
            result = session.Handle(command, time.GetUtcNow());
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Command {Command} failed for agent {AgentUser}", command.GetType().Name, AgentUser);
            _session = AgentSession.Restore(before);
            throw;
        }

        if (!result.IsAccepted || !result.Changed)
        {
            return new SessionReply([.. result.Events], result.Refusal, before);
        }

        var change = new SessionChange(session.ToSnapshot(), result.Events);
        try
        {
            await store.SaveAsync(change);
        }
        catch (Exception ex)
        {
            // Not persisted means not done: put the session back as it was and let the caller see the failure.
            store.LogSaveFailure(AgentUser, ex);
            _session = AgentSession.Restore(before);
            if (IsOutageToName(ex))
            {
                throw new DatabaseUnavailableException(ex.Message);
            }

            throw;
        }

        feed.Publish(change);
        if (session.IsLoggedOut)
        {
            // Ended: nothing left to hold in memory; a new login activates the grain again.
            _session = null;
            DeactivateOnIdle();
        }

        return new SessionReply([.. result.Events], null, change.Session);
    }

    public async Task<SessionReply> LogIn(AgentLogin login)
    {
        if (_session is { IsLoggedOut: false })
        {
            return new SessionReply([], Refusal.AlreadyLoggedIn, _session.ToSnapshot());
        }

        var (session, loggedIn) = AgentSession.LogIn(login, time.GetUtcNow());
        var change = new SessionChange(session.ToSnapshot(), [loggedIn]);
        try
        {
            await store.SaveAsync(change);
        }
        catch (Exception ex)
        {
            store.LogSaveFailure(AgentUser, ex);
            if (IsOutageToName(ex))
            {
                throw new DatabaseUnavailableException(ex.Message);
            }

            throw;
        }

        _session = session;
        feed.Publish(change);
        return new SessionReply([loggedIn], null, change.Session);
    }

    /// <summary>
    /// An outage the store logged but did not name: the caller, maybe on another node, must still tell it from a fault.
    /// </summary>
    private static bool IsOutageToName(Exception ex) => DatabaseOutage.Caused(ex) && ex is not DatabaseUnavailableException;
}
