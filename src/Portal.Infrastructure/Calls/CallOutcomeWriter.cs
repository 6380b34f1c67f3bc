namespace Portal.Infrastructure.Calls;

using Microsoft.EntityFrameworkCore;
using Portal.Domain.Callbacks;
using Portal.Domain.Sessions;
using Portal.Infrastructure.Data;
using Portal.Infrastructure.Sessions;

/// <summary>
/// The call records a session change implies, written in the same transaction as the change itself: the call log,
/// and on disposition the lead's status and called count, a DNC entry, a scheduled callback.
/// </summary>
internal static class CallOutcomeWriter
{
    /// <summary>Whether the event leaves a call record to write.</summary>
    public static bool Concerns(AgentEvent e) => e is CallConnected or CallEnded or CallDispositioned;

    public static async Task ApplyAsync(PortalDbContext db, SessionChange change, CancellationToken cancellationToken)
    {
        foreach (var e in change.Events)
        {
            switch (e)
            {
                case CallConnected connected:
                    db.CallLog.Add(new CallLogEntry
                    {
                        CallId = connected.Call.CallId,
                        AgentUser = e.AgentUser,
                        CampaignId = change.Session.CampaignId,
                        LeadId = connected.Call.LeadId,
                        PhoneNumber = connected.Call.PhoneNumber,
                        Direction = connected.Call.Direction.ToString().ToUpperInvariant(),
                        InGroupId = connected.Call.InGroupId,
                        StartedAt = connected.At,
                    });
                    break;
                case CallEnded ended when await FindLogAsync(db, e.AgentUser, ended.Call.CallId, cancellationToken) is { } log:
                    log.EndedAt = ended.At;
                    log.TalkSeconds = ended.Call.Has(CallFlags.Ringing) ? 0 : Math.Max(0, (ended.At - ended.Call.StartedAt).TotalSeconds);
                    log.EndReason = ended.Reason.ToString();
                    break;
                case CallDispositioned dispositioned:
                    await RecordDispositionAsync(db, dispositioned, cancellationToken);
                    break;
            }
        }
    }

    private static async Task RecordDispositionAsync(PortalDbContext db, CallDispositioned e, CancellationToken cancellationToken)
    {
        if (await FindLogAsync(db, e.AgentUser, e.Call.CallId, cancellationToken) is { } log)
        {
            log.Status = e.StatusCode;
        }

        if (e.Call.LeadId is not { } leadId || await db.Leads.SingleOrDefaultAsync(l => l.LeadId == leadId, cancellationToken) is not { } lead)
        {
            return;
        }

        lead.RecordCall(e.StatusCode, e.AgentUser, e.At);
        var status = await db.Statuses.AsNoTracking()
            .Where(s => s.Code == e.StatusCode && (s.CampaignId == null || s.CampaignId == e.CampaignId))
            .OrderByDescending(s => s.CampaignId).FirstOrDefaultAsync(cancellationToken);
        var number = lead.Details.PhoneNumber;
        if (status?.IsDnc == true && !await db.DncNumbers.AnyAsync(d => d.PhoneNumber == number && d.CampaignId == null, cancellationToken))
        {
            db.DncNumbers.Add(new DncNumber { PhoneNumber = number, AddedAt = e.At, AddedBy = e.AgentUser });
        }

        if (e.Callback is { } callback)
        {
            db.Callbacks.Add(Callback.Schedule(leadId, e.CampaignId, callback.DueAt, callback.Type, e.AgentUser, callback.Comments, e.At));
        }
    }

    private static async Task<CallLogEntry?> FindLogAsync(PortalDbContext db, string agentUser, string callId, CancellationToken cancellationToken) =>
        db.CallLog.Local.FirstOrDefault(c => c.CallId == callId && c.AgentUser == agentUser)
        ?? await db.CallLog.Where(c => c.CallId == callId && c.AgentUser == agentUser).OrderByDescending(c => c.Id).FirstOrDefaultAsync(cancellationToken);
}
