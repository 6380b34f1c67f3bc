namespace Portal.Infrastructure.Integrations.ContactNow;

using Microsoft.EntityFrameworkCore;
using Portal.Domain.Users;
using Portal.Infrastructure.Data;
using Portal.Infrastructure.Supervision;

/// <summary>Who an API user is now: active, with agent-API access, and the agents and campaigns it may control.</summary>
public sealed class ApiCallerDirectory(IDbContextFactory<PortalDbContext> contexts, LiveSessionBoard board)
{
    /// <summary>The caller, or null when the user is gone, inactive or has no agent-API access.</summary>
    public async Task<ApiCaller?> FindAsync(string userName, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var user = await db.Users.AsNoTracking()
            .Where(u => u.UserName == userName)
            .Select(u => new { u.Active, u.UserLevel, u.AgentApiAccess, u.ApiAllowedFunctions, u.ApiOnly })
            .SingleOrDefaultAsync(cancellationToken);
        if (user is null || !user.Active || user.UserLevel < 1 || !user.AgentApiAccess)
        {
            return null;
        }

        var scope = await board.ScopeForAsync(userName, cancellationToken);
        return new ApiCaller(userName, new ApiPermissions(user.AgentApiAccess, user.ApiAllowedFunctions, user.ApiOnly), scope);
    }
}
