namespace Portal.IntegrationTests;

using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Users;
using Portal.Infrastructure.Data;
using Portal.Infrastructure.Identity;

/// <summary>
/// A quiet portal with supervisors of narrower scope than the demo <c>super</c>: one who may supervise campaign
/// INBOUND only, one who may see only the agents of user group TEAMB, and an agent of TEAMB.
/// </summary>
public sealed class SupervisorsFactory : PortalFactory, IAsyncLifetime
{
    /// <summary>User group INBSUP: campaign INBOUND, every user group.</summary>
    public const string InboundSupervisor = "supinbound";

    /// <summary>User group TEAMSUP: every campaign, the agents of TEAMB only.</summary>
    public const string TeamSupervisor = "supteam";

    /// <summary>An agent of user group TEAMB (TESTCAMP and INBOUND).</summary>
    public const string TeamAgent = "teamb1";

    public async Task InitializeAsync()
    {
        var contexts = Services.GetRequiredService<IDbContextFactory<PortalDbContext>>();
        await using (var db = await contexts.CreateDbContextAsync())
        {
            var team = new UserGroup("TEAMSUP", "Team B supervisors", UserGroup.AllCampaigns);
            team.Change("Team B supervisors", UserGroup.AllCampaigns, "TEAMB");
            db.UserGroups.AddRange(new UserGroup("INBSUP", "Inbound supervisors", "INBOUND"), team, new UserGroup("TEAMB", "Team B", "TESTCAMP INBOUND"));
            await db.SaveChangesAsync();
        }

        await AddAsync(InboundSupervisor, "INBSUP", PortalRoles.Supervisor);
        await AddAsync(TeamSupervisor, "TEAMSUP", PortalRoles.Supervisor);
        await AddAsync(TeamAgent, "TEAMB", PortalRoles.Agent);
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

    private async Task AddAsync(string name, string userGroup, string role)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var user = new PortalUser { UserName = name, FullName = $"Test {name}", UserLevel = role == PortalRoles.Agent ? 1 : 8, UserGroupId = userGroup };
        var created = await users.CreateAsync(user, "Test-pass-1");
        Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Description)));
        Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
    }
}
