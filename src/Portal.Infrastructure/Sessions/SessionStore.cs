namespace Portal.Infrastructure.Sessions;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Portal.Domain.Sessions;
using Portal.Infrastructure.Calls;
using Portal.Infrastructure.Data;

/// <summary>
/// Persists every transition: the live-session row, the agent-log rows and the call records it implies. The transitions
/// of many sessions (and the audit rows of API calls) share a transaction (<see cref="GroupCommit"/>), and each caller's
/// task completes only once its transition is committed, so "persisted before acknowledged" holds at any load.
/// </summary>
public sealed class SessionStore(IDbContextFactory<PortalDbContext> contexts, GroupCommit commit, ILogger<SessionStore> logger)
{
    private Statements? _statements;

    public async Task<IReadOnlyList<SessionSnapshot>> LoadLiveAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.LiveSessions.AsNoTracking().ToListAsync(cancellationToken);
        return [.. rows.Select(r => r.ToSnapshot())];
    }

    /// <summary>The agent's live session as last committed, or null when they are not logged in.</summary>
    public async Task<SessionSnapshot?> LoadAsync(string agentUser, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.LiveSessions.AsNoTracking().FirstOrDefaultAsync(r => r.AgentUser == agentUser, cancellationToken);
        return row?.ToSnapshot();
    }

    /// <summary>
    /// Completes when the change is committed (with the other writes waiting, <see cref="GroupCommit"/>); faults when it
    /// could not be (<see cref="LogSaveFailure"/> is for its caller). A session's next change waits for this one, so an
    /// agent's changes are committed in order. Not an async method: the session grain awaits the commit itself, one
    /// continuation per command instead of one per level.
    /// </summary>
    public Task SaveAsync(SessionChange change) => commit.WriteAsync(turn => WriteAsync(turn, change));

    /// <summary>Notes why a change of <paramref name="agentUser"/>'s session was not stored.</summary>
    public void LogSaveFailure(string agentUser, Exception ex)
    {
        if (DatabaseOutage.Caused(ex))
        {
            // The command is refused and undone by its session; a change is not tried again.
            logger.LogWarning("Could not store a change of agent {AgentUser}'s session: the database is unavailable ({Problem})", agentUser, ex.Message);
        }
        else
        {
            logger.LogError(ex, "Could not persist a change of agent {AgentUser}'s session", agentUser);
        }
    }

    private async Task WriteAsync(WriteTurn turn, SessionChange change)
    {
        var statements = await StatementsAsync();
        var row = new LiveSessionRow();
        change.Session.CopyTo(row);
        await turn.RunAsync(change.EndedSession ? statements.DeleteSession : statements.UpsertSession, row);
        foreach (var entry in AgentLogEntries(change))
        {
            await turn.RunAsync(statements.InsertLog, entry);
        }

        // Call records (rarer, and they read before they write) go through EF inside the same transaction.
        if (change.Events.Any(CallOutcomeWriter.Concerns))
        {
            await using var db = await turn.ContextAsync();
            await CallOutcomeWriter.ApplyAsync(db, change, CancellationToken.None);
            await db.SaveChangesAsync();
        }
    }

    private async Task<Statements> StatementsAsync()
    {
        if (_statements is null)
        {
            await using var db = await contexts.CreateDbContextAsync();
            _statements = new Statements(
                RowStatement<LiveSessionRow>.Upsert(db.Model),
                RowStatement<LiveSessionRow>.Delete(db.Model),
                RowStatement<AgentLogEntry>.Insert(db.Model));
        }

        return _statements;
    }

    private sealed record Statements(
        RowStatement<LiveSessionRow> UpsertSession,
        RowStatement<LiveSessionRow> DeleteSession,
        RowStatement<AgentLogEntry> InsertLog);

    /// <summary>One row for each stretch of time a change closed, tagged with the call's lead and disposition.</summary>
    private static IEnumerable<AgentLogEntry> AgentLogEntries(SessionChange change)
    {
        var dispositioned = change.Events.OfType<CallDispositioned>().FirstOrDefault();
        foreach (var e in change.Events)
        {
            var closed = e switch
            {
                AgentStateChanged c => (c.PreviousState, c.PreviousPauseCode, c.PreviousSince),
                AgentLoggedOut o => (o.LastState, o.LastPauseCode, o.LastSince),
                _ => ((AgentState, string?, DateTimeOffset)?)null,
            };
            if (closed is not { } stretch)
            {
                continue;
            }

            var (state, pauseCode, since) = stretch;

            yield return new AgentLogEntry
            {
                AgentUser = e.AgentUser,
                CampaignId = change.Session.CampaignId,
                State = state.ToVicidialName(),
                PauseCode = pauseCode,
                StartedAt = since,
                EndedAt = e.At,
                DurationSeconds = (e.At - since).TotalSeconds,
                LeadId = state == AgentState.Dispo ? dispositioned?.Call.LeadId : null,
                Status = state == AgentState.Dispo ? dispositioned?.StatusCode : null,
            };
        }
    }
}
