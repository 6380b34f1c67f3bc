namespace Portal.IntegrationTests;

using Microsoft.EntityFrameworkCore;
using Portal.Infrastructure.Audit;
using Portal.Infrastructure.Supervision;

/// <summary>The audit rows the wallboard's remote control writes (ApiScript <c>portal</c>).</summary>
internal static class PortalAudit
{
    /// <summary>Waits for the remote-control rows about one agent (or recipient) and returns them, oldest first.</summary>
    public static Task<List<ApiLogEntry>> WaitForRemoteRowsAsync(this PortalFactory factory, string agentUser, int count = 1) =>
        Eventually.UntilAsync(
            () => factory.QueryAsync(db => db.ApiLog.AsNoTracking()
                .Where(e => e.ApiScript == RemoteControl.ApiScript && e.AgentUser == agentUser).OrderBy(e => e.Id).ToListAsync()),
            rows => rows.Count >= count,
            $"{count} remote-control audit row(s) about {agentUser}");
}
