namespace Portal.Infrastructure.Sessions;

using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Portal.Domain.Sessions;
using Portal.Infrastructure.Calls;
using Portal.Infrastructure.Data;

/// <summary>
/// Persists every transition: the live-session row, the agent-log rows and the call records it implies. One writer
/// commits the transitions of many sessions per transaction (group commit), and each caller's task completes only
/// once its transition is committed, so "persisted before acknowledged" holds at any load.
/// </summary>
public sealed class SessionStore : IDisposable
{
    private const int MaxBatch = 256;
    private readonly IDbContextFactory<PortalDbContext> _contexts;
    private readonly ILogger<SessionStore> _logger;
    private readonly SharedWriter _writer;
    private readonly Channel<PendingSave> _queue = Channel.CreateUnbounded<PendingSave>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task _writeLoop;
    private Statements? _statements;

    public SessionStore(IDbContextFactory<PortalDbContext> contexts, SharedWriter writer, ILogger<SessionStore> logger)
    {
        _contexts = contexts;
        _writer = writer;
        _logger = logger;
        _writeLoop = Task.Run(WriteLoopAsync);
    }

    public async Task<IReadOnlyList<SessionSnapshot>> LoadLiveAsync(CancellationToken cancellationToken)
    {
        await using var db = await _contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.LiveSessions.AsNoTracking().ToListAsync(cancellationToken);
        return [.. rows.Select(r => r.ToSnapshot())];
    }

    /// <summary>The agent's live session as last committed, or null when they are not logged in.</summary>
    public async Task<SessionSnapshot?> LoadAsync(string agentUser, CancellationToken cancellationToken)
    {
        await using var db = await _contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.LiveSessions.AsNoTracking().FirstOrDefaultAsync(r => r.AgentUser == agentUser, cancellationToken);
        return row?.ToSnapshot();
    }

    /// <summary>Completes when the change is committed; faults when it could not be.</summary>
    public Task SaveAsync(SessionChange change, CancellationToken cancellationToken)
    {
        var pending = new PendingSave(change, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        if (!_queue.Writer.TryWrite(pending))
        {
            throw new InvalidOperationException("The session store is shutting down.");
        }

        return pending.Committed.Task;
    }

    public void Dispose()
    {
        _queue.Writer.TryComplete();
        _writeLoop.Wait(TimeSpan.FromSeconds(10));
    }

    private async Task WriteLoopAsync()
    {
        var batch = new List<PendingSave>(MaxBatch);
        var agents = new HashSet<string>(StringComparer.Ordinal);
        while (await _queue.Reader.WaitToReadAsync())
        {
            // One change per agent in a batch: a session's next change waits for its previous one anyway.
            while (batch.Count < MaxBatch && _queue.Reader.TryPeek(out var next) && agents.Add(next.Change.Session.AgentUser))
            {
                _queue.Reader.TryRead(out _);
                batch.Add(next);
            }

            await CommitAsync(batch);
            batch.Clear();
            agents.Clear();
        }
    }

    private async Task CommitAsync(List<PendingSave> batch)
    {
        try
        {
            await WriteAsync(batch.Select(p => p.Change));
            batch.ForEach(p => p.Committed.TrySetResult());
        }
        catch (Exception ex) when (DatabaseOutage.Caused(ex))
        {
            // Unreachable for all of them alike: no point in trying them one by one. Each command is refused and undone.
            _logger.LogWarning("Could not store {Count} session change(s): the database is unavailable ({Problem})", batch.Count, ex.Message);
            batch.ForEach(p => p.Committed.TrySetException(ex));
        }
        catch (Exception) when (batch.Count > 1)
        {
            // One bad change must not fail the others: write them one by one.
            foreach (var pending in batch)
            {
                await CommitAsync([pending]);
            }
        }
        catch (Exception ex)
        {
            _logger.LogError(ex, "Could not persist a change of agent {AgentUser}'s session", batch[0].Change.Session.AgentUser);
            batch[0].Committed.TrySetException(ex);
        }
    }

    private async Task WriteAsync(IEnumerable<SessionChange> changes)
    {
        var list = changes.ToList();
        var statements = await StatementsAsync();
        await _writer.WriteAsync(async turn =>
        {
            foreach (var change in list)
            {
                var row = new LiveSessionRow();
                change.Session.CopyTo(row);
                await turn.RunAsync(change.EndedSession ? statements.DeleteSession : statements.UpsertSession, row);
                foreach (var entry in AgentLogEntries(change))
                {
                    await turn.RunAsync(statements.InsertLog, entry);
                }
            }

            // Call records (rarer, and they read before they write) go through EF inside the same transaction.
            var withCalls = list.Where(c => c.Events.Any(CallOutcomeWriter.Concerns)).ToList();
            if (withCalls.Count > 0)
            {
                await using var db = await turn.ContextAsync();
                foreach (var change in withCalls)
                {
                    await CallOutcomeWriter.ApplyAsync(db, change, CancellationToken.None);
                }

                await db.SaveChangesAsync();
            }
        });
    }

    private async Task<Statements> StatementsAsync()
    {
        if (_statements is null)
        {
            await using var db = await _contexts.CreateDbContextAsync();
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

    private sealed record PendingSave(SessionChange Change, TaskCompletionSource Committed);

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
