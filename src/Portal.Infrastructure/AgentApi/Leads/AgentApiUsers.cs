namespace Portal.Infrastructure.AgentApi.Leads;

using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Infrastructure.Data;
using Portal.Infrastructure.Identity;

/// <summary>What the Agent API reads and writes of users: their rights, and the CRM team id st_login_log stores.</summary>
public sealed class AgentApiUsers(IDbContextFactory<PortalDbContext> contexts, IServiceScopeFactory scopes, AltUserDirectory crmIds)
{
    /// <summary>The user's rights; null when there is no such user.</summary>
    public async Task<ApiUserRights?> RightsAsync(string userName, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Users.AsNoTracking()
            .Where(u => u.UserName == userName)
            .Select(u => new ApiUserRights(u.ModifyLeads, u.ChangeAgentCampaign, u.AgentCallManual))
            .SingleOrDefaultAsync(cancellationToken);
    }

    /// <summary>
    /// st_login_log: the first user (by name) whose CRM id (custom_three) is <paramref name="crmAgentId"/> gets the CRM
    /// team id (custom_four). Returns that user, or null when no user has that CRM id.
    /// </summary>
    public async Task<string?> SetCrmTeamAsync(string crmAgentId, string teamId)
    {
        var userName = await crmIds.FindAgentAsync(crmAgentId);
        if (userName is null)
        {
            return null;
        }

        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var user = await users.FindByNameAsync(userName);
        if (user is null)
        {
            return null;
        }

        user.CustomFour = teamId;
        var saved = await users.UpdateAsync(user);
        return saved.Succeeded
            ? userName
            : throw new InvalidOperationException("Could not store the CRM team id: " + string.Join("; ", saved.Errors.Select(e => e.Description)));
    }
}
