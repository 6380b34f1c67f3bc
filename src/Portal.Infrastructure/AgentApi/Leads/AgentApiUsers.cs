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

    /// <summary>st_login_log: the first user (by name) whose CRM id (custom_three) is <paramref name="crmAgentId"/>, or null.</summary>
    public Task<string?> FindByCrmIdAsync(string crmAgentId) => crmIds.FindAgentAsync(crmAgentId);

    /// <summary>st_login_log: the user gets the CRM team id (custom_four). False when the user is gone.</summary>
    public async Task<bool> SetCrmTeamAsync(string userName, string teamId)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var user = await users.FindByNameAsync(userName);
        if (user is null)
        {
            return false;
        }

        user.CustomFour = teamId;
        var saved = await users.UpdateAsync(user);
        return saved.Succeeded
            ? true
            : throw new InvalidOperationException("Could not store the CRM team id: " + string.Join("; ", saved.Errors.Select(e => e.Description)));
    }
}
