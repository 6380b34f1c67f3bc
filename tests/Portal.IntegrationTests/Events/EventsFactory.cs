namespace Portal.IntegrationTests.Events;

using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Users;
using Portal.Infrastructure.Data;
using Portal.Infrastructure.Identity;
using Portal.Infrastructure.Integrations;

/// <summary>
/// A quiet portal for the live events and webhooks: fast webhook retries, and an API user <see cref="WestUser"/> in
/// user group WEST, which may work in campaign INBOUND only.
/// </summary>
public sealed class EventsFactory : PortalFactory, IAsyncLifetime
{
    public const string WestUser = "crmwest";
    public const string WestGroup = "WEST";
    public const int MaxAttempts = 3;

    /// <summary>What the portal logged.</summary>
    public CapturedLogs Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Webhooks:MaxAttempts", MaxAttempts.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Webhooks:BaseDelaySeconds", "0.1");
        builder.UseSetting("Webhooks:TimeoutSeconds", "10");
        // An operator debugging SignalR: refused hub calls must still not log stack traces.
        builder.UseSetting("Logging:LogLevel:Microsoft.AspNetCore.SignalR", "Debug");
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
    }

    public async Task InitializeAsync()
    {
        var contexts = Services.GetRequiredService<IDbContextFactory<PortalDbContext>>();
        await using (var db = await contexts.CreateDbContextAsync())
        {
            db.UserGroups.Add(new UserGroup(WestGroup, "Inbound-only integrations", "INBOUND"));
            await db.SaveChangesAsync();
        }

        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var west = new PortalUser { UserName = WestUser, UserLevel = 8, UserGroupId = WestGroup, AgentApiAccess = true, ApiAllowedFunctions = "agent_status", ApiOnly = true };
        var created = await users.CreateAsync(west, AgentApi.Password);
        Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Description)));
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

    /// <summary>Creates an API-only user in group AGENTS with these API rights.</summary>
    public async Task CreateApiUserAsync(string userName, bool agentApiAccess, string allowedFunctions)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var user = new PortalUser
        {
            UserName = userName, UserLevel = 8, UserGroupId = "AGENTS", AgentApiAccess = agentApiAccess, ApiAllowedFunctions = allowedFunctions, ApiOnly = true,
        };
        var created = await users.CreateAsync(user, AgentApi.Password);
        Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Description)));
    }

    /// <summary>A new API key acting as <paramref name="userName"/>.</summary>
    public async Task<string> KeyForAsync(string userName) =>
        (await Services.GetRequiredService<ApiKeyRegistry>().IssueAsync($"events test {userName}", userName, "admin")).Secret;
}
