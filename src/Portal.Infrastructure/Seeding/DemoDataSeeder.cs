namespace Portal.Infrastructure.Seeding;

using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Portal.Domain.Users;
using Portal.Infrastructure.Data;
using Portal.Infrastructure.Identity;

/// <summary>
/// Fills an empty database with the demo described in the README. The passwords here are for demo
/// seeding only; a production deployment sets Portal:SeedDemoData to false.
/// </summary>
public sealed class DemoDataSeeder(
    IDbContextFactory<PortalDbContext> contexts,
    UserManager<PortalUser> users,
    RoleManager<IdentityRole> roles,
    TimeProvider time,
    ILogger<DemoDataSeeder> logger)
{
    public const string AgentPassword = "Agent-demo-1";

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.Campaigns.AnyAsync(cancellationToken))
        {
            return;
        }

        var now = time.GetUtcNow();
        db.InGroups.AddRange(DemoCatalog.InGroups());
        db.Campaigns.AddRange(DemoCatalog.Campaigns());
        db.Statuses.AddRange(DemoCatalog.Statuses());
        db.PauseCodes.AddRange(DemoCatalog.PauseCodes());
        db.LeadLists.AddRange(DemoCatalog.Lists());
        db.UserGroups.AddRange(DemoCatalog.UserGroups());
        db.Leads.AddRange(DemoLeads.Generate(101, 500, seed: 101, now));
        db.Leads.AddRange(DemoLeads.Generate(201, 100, seed: 201, now));
        await db.SaveChangesAsync(cancellationToken);

        await SeedUsersAsync();
        logger.LogInformation("Seeded the demo data (campaigns TESTCAMP and INBOUND, 600 leads, demo users)");
    }

    private async Task SeedUsersAsync()
    {
        foreach (var role in PortalRoles.All)
        {
            await Check(roles.CreateAsync(new IdentityRole(role)));
        }

        await AddUserAsync(new PortalUser { UserName = "admin", FullName = "Demo Admin", UserLevel = 9, UserGroupId = "ADMIN" }, "Admin-demo-1", PortalRoles.Admin);
        await AddUserAsync(new PortalUser { UserName = "super", FullName = "Demo Supervisor", UserLevel = 8, UserGroupId = "SUPERVISORS" }, "Super-demo-1", PortalRoles.Supervisor);
        for (var n = 1001; n <= 1020; n++)
        {
            var agent = new PortalUser { UserName = $"{n}", FullName = $"Agent {n}", UserLevel = 1, UserGroupId = "AGENTS", CustomThree = $"CRM{n}" };
            await AddUserAsync(agent, AgentPassword, PortalRoles.Agent);
        }

        var api = new PortalUser
        {
            UserName = "api",
            FullName = "Integration user",
            UserLevel = 8,
            UserGroupId = "API",
            AgentApiAccess = true,
            ApiAllowedFunctions = ApiPermissions.AllFunctions,
            ApiOnly = true,
            ModifyLeads = true,
            ModifyCampaigns = true,
            ChangeAgentCampaign = true,
        };
        await AddUserAsync(api, "Api-demo-1", role: null);
    }

    private async Task AddUserAsync(PortalUser user, string password, string? role)
    {
        await Check(users.CreateAsync(user, password));
        if (role is not null)
        {
            await Check(users.AddToRoleAsync(user, role));
        }
    }

    private static async Task Check(Task<IdentityResult> operation)
    {
        var result = await operation;
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Demo seeding failed: " + string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
