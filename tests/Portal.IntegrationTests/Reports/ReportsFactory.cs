namespace Portal.IntegrationTests.Reports;

using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Users;
using Portal.Infrastructure.Data;
using Portal.Infrastructure.Identity;

/// <summary>
/// A quiet portal plus a supervisor limited to campaign INBOUND and to agents of user group AGENTS, and an agent in
/// another user group (OTHERS, also allowed INBOUND) whom that supervisor may not view.
/// </summary>
public sealed class ReportsFactory : PortalFactory, IAsyncLifetime
{
    public const string InboundSupervisor = "inbsuper";
    public const string OtherGroupAgent = "2001";
    public const string Password = "Report-test-1";

    public async Task InitializeAsync()
    {
        var contexts = Services.GetRequiredService<IDbContextFactory<PortalDbContext>>();
        await using (var db = await contexts.CreateDbContextAsync())
        {
            var inbound = new UserGroup("INBSUP", "Inbound supervisors", "INBOUND");
            inbound.Change("Inbound supervisors", "INBOUND", "AGENTS");
            db.UserGroups.AddRange(inbound, new UserGroup("OTHERS", "Other agents", "INBOUND"));
            await db.SaveChangesAsync();
        }

        await AddUserAsync(InboundSupervisor, "INBSUP", PortalRoles.Supervisor);
        await AddUserAsync(OtherGroupAgent, "OTHERS", PortalRoles.Agent);
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

    private async Task AddUserAsync(string name, string userGroup, string role)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var user = new PortalUser { UserName = name, FullName = $"Test {name}", UserLevel = 7, UserGroupId = userGroup };
        var created = await users.CreateAsync(user, Password);
        Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Description)));
        var added = await users.AddToRoleAsync(user, role);
        Assert.True(added.Succeeded, string.Join("; ", added.Errors.Select(e => e.Description)));
    }
}
