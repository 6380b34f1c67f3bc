namespace Portal.Infrastructure.Audit;

using Portal.Infrastructure.Data;
using Portal.Infrastructure.Reports;

/// <summary>
/// Which audit rows a scoped reader may see, for the audit report and REST <c>/api/v1/audit</c> alike: a row is about
/// its agent_user, visible when that agent is in a user group the reader may view and, when the agent was logged in at
/// the time, in a campaign the reader supervises (from the agent log and the live session). Rows about no agent or an
/// unknown one are for admins only. REST readers also see their own calls (<c>ownCallsOf</c>), whatever they were about.
/// </summary>
public static class AuditRowScope
{
    public static IQueryable<ApiLogEntry> Visible(PortalDbContext db, IQueryable<ApiLogEntry> rows, ReportScope scope, string? ownCallsOf = null)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(scope);
        if (scope.Everything)
        {
            return rows;
        }

        var agents = scope.Agents.ToArray();
        var campaigns = scope.Campaigns.ToArray();
        return rows.Where(r =>
            (ownCallsOf != null && r.User == ownCallsOf)
            || (agents.Contains(r.AgentUser)
            && !db.AgentLog.Any(s => s.AgentUser == r.AgentUser && s.StartedAt <= r.ApiDate && s.EndedAt > r.ApiDate && !campaigns.Contains(s.CampaignId))
            && !db.LiveSessions.Any(l => l.AgentUser == r.AgentUser && l.LoggedInAt <= r.ApiDate && !campaigns.Contains(l.CampaignId))));
    }
}
