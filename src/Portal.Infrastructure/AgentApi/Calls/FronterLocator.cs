namespace Portal.Infrastructure.AgentApi.Calls;

using Microsoft.EntityFrameworkCore;
using Portal.Domain.Sessions;
using Portal.Infrastructure.Data;
using Portal.Infrastructure.Sessions;

/// <summary>
/// force_fronter_*: the other agent (the fronter) with the same lead as the closer. Portal has no cross-cluster (CCC)
/// links, so only this Portal's agents are searched.
/// </summary>
public sealed class FronterLocator(SessionRuntime sessions, IDbContextFactory<PortalDbContext> contexts, TimeProvider time)
{
    /// <summary>VICIdial's vicidial_sessions_recent window.</summary>
    public static readonly TimeSpan RecentWindow = TimeSpan.FromMinutes(5);

    /// <summary>Another logged-in agent with this lead on screen; the one whose call started first.</summary>
    public SessionSnapshot? LiveFronter(string agentUser, long? leadId) =>
        leadId is null
            ? null
            : sessions.All().Where(s => s.AgentUser != agentUser && s.Call?.LeadId == leadId).MinBy(s => s.Call!.StartedAt);

    /// <summary>Otherwise the agent who most recently had a call with this lead, within <see cref="RecentWindow"/>.</summary>
    public async Task<string?> RecentFronterAsync(string agentUser, long? leadId, CancellationToken cancellationToken = default)
    {
        if (leadId is null)
        {
            return null;
        }

        var since = time.GetUtcNow() - RecentWindow;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.CallLog.Where(c => c.LeadId == leadId && c.AgentUser != agentUser && c.StartedAt > since)
            .OrderByDescending(c => c.StartedAt).Select(c => c.AgentUser).FirstOrDefaultAsync(cancellationToken);
    }
}
