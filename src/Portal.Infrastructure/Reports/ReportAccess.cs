namespace Portal.Infrastructure.Reports;

using Microsoft.EntityFrameworkCore;
using Portal.Domain.Users;
using Portal.Infrastructure.Data;
using Portal.Infrastructure.Supervision;

/// <summary>
/// Who may read reports and what they may see in them: active supervisors and admins only, each limited to the
/// supervisor scope the live wallboard uses (allowed campaigns and viewable user groups).
/// </summary>
public sealed class ReportAccess(IDbContextFactory<PortalDbContext> contexts, LiveSessionBoard board, AgentDirectory agents)
{
    /// <exception cref="UnauthorizedAccessException">The viewer is not an active supervisor or admin.</exception>
    public async Task<ReportScope> ScopeForAsync(string viewer, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var roles = await (from user in db.Users
                           join userRole in db.UserRoles on user.Id equals userRole.UserId
                           join role in db.Roles on userRole.RoleId equals role.Id
                           where user.UserName == viewer && user.Active
                           select role.Name).ToListAsync(cancellationToken);
        if (!roles.Contains(PortalRoles.Supervisor) && !roles.Contains(PortalRoles.Admin))
        {
            throw new UnauthorizedAccessException("Reports are for supervisors and admins.");
        }

        return await ScopeOfAsync(viewer, cancellationToken);
    }

    /// <summary>
    /// The supervisor scope of any user as report rows see it (no role check: REST's audit is gated by the user's
    /// allowed functions instead).
    /// </summary>
    public async Task<ReportScope> ScopeOfAsync(string userName, CancellationToken cancellationToken = default)
    {
        var scope = await board.ScopeForAsync(userName, cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var campaignIds = await db.Campaigns.AsNoTracking().OrderBy(c => c.Id).Select(c => c.Id).ToListAsync(cancellationToken);
        var profiles = await agents.AllAsync(cancellationToken);
        return new ReportScope(
            ReferenceEquals(scope, SupervisorScope.Everything), campaignIds.Where(scope.Allows), profiles.Keys.Where(scope.AllowsAgent));
    }

    /// <summary>The campaigns the viewer may report on, for filter choices.</summary>
    public async Task<IReadOnlyList<ReportCampaign>> CampaignsAsync(string viewer, CancellationToken cancellationToken = default)
    {
        var scope = await ScopeForAsync(viewer, cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var campaigns = await db.Campaigns.AsNoTracking().OrderBy(c => c.Id).Select(c => new ReportCampaign(c.Id, c.Name)).ToListAsync(cancellationToken);
        return [.. campaigns.Where(c => scope.AllowsCampaign(c.Id))];
    }
}
