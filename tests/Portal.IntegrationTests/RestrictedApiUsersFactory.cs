namespace Portal.IntegrationTests;

using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Users;
using Portal.Infrastructure.Data;
using Portal.Infrastructure.Identity;

/// <summary>
/// A quiet portal with extra API users whose permissions or user groups differ from the demo <c>api</c> user
/// (password <see cref="AgentApi.Password"/> for all of them), and a user group LIMITED that may work in INBOUND only.
/// </summary>
public sealed class RestrictedApiUsersFactory : PortalFactory, IAsyncLifetime
{
    /// <summary>Has agent-API access but may only call version.</summary>
    public const string NoFunctions = "apinone";

    /// <summary>Names webserver explicitly in its allowed functions.</summary>
    public const string Webserver = "apiweb";

    /// <summary>ALL_FUNCTIONS, but not allowed to modify campaigns.</summary>
    public const string NoCampaignChanges = "apinocamp";

    /// <summary>ALL_FUNCTIONS, in user group LIMITED (campaign INBOUND only).</summary>
    public const string Limited = "apilimited";

    /// <summary>ALL_FUNCTIONS, in a user group that does not exist.</summary>
    public const string Ghost = "apighost";

    public const string LimitedGroup = "LIMITED";
    public const string GhostGroup = "GHOST";

    public async Task InitializeAsync()
    {
        var contexts = Services.GetRequiredService<IDbContextFactory<PortalDbContext>>();
        await using (var db = await contexts.CreateDbContextAsync())
        {
            db.UserGroups.Add(new UserGroup(LimitedGroup, "Inbound only integrations", "INBOUND"));
            await db.SaveChangesAsync();
        }

        await AddAsync(NoFunctions, "version", "API", modifyCampaigns: true);
        await AddAsync(Webserver, "webserver external_pause", "API", modifyCampaigns: true);
        await AddAsync(NoCampaignChanges, ApiPermissions.AllFunctions, "API", modifyCampaigns: false);
        await AddAsync(Limited, ApiPermissions.AllFunctions, LimitedGroup, modifyCampaigns: true);
        await AddAsync(Ghost, ApiPermissions.AllFunctions, GhostGroup, modifyCampaigns: true);
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

    private async Task AddAsync(string name, string functions, string userGroup, bool modifyCampaigns)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var user = new PortalUser
        {
            UserName = name,
            UserLevel = 8,
            UserGroupId = userGroup,
            AgentApiAccess = true,
            ApiAllowedFunctions = functions,
            ApiOnly = true,
            ModifyCampaigns = modifyCampaigns,
        };
        var result = await users.CreateAsync(user, AgentApi.Password);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
    }
}
