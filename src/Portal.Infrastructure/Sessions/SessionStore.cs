namespace Portal.Infrastructure.Sessions;

using Microsoft.EntityFrameworkCore;
using Portal.Domain.Sessions;
using Portal.Infrastructure.Calls;
using Portal.Infrastructure.Data;

/// <summary>Persists every transition: the live-session row and the agent-log rows, in one transaction.</summary>
public sealed class SessionStore(IDbContextFactory<PortalDbContext> contexts)
{
    public async Task<IReadOnlyList<SessionSnapshot>> LoadLiveAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.LiveSessions.AsNoTracking().ToListAsync(cancellationToken);
        return [.. rows.Select(r => r.ToSnapshot())];
    }

    public async Task SaveAsync(SessionChange change, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var session = change.Session;
        var row = await db.LiveSessions.FindAsync([session.AgentUser], cancellationToken);
        if (change.EndedSession)
        {
            if (row is not null)
            {
                db.LiveSessions.Remove(row);
            }
        }
        else
        {
            if (row is null)
            {
                row = new LiveSessionRow();
                db.LiveSessions.Add(row);
            }

            session.CopyTo(row);
        }

        db.AgentLog.AddRange(AgentLogEntries(change));
        await CallOutcomeWriter.ApplyAsync(db, change, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

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
