namespace Portal.IntegrationTests.Rest;

using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Users;
using Portal.Infrastructure.Identity;
using Portal.Infrastructure.Integrations;

/// <summary>
/// A quiet portal for the REST API with an API key for the demo <c>api</c> user (all functions, every campaign) and for
/// users that are refused in one way each: no agent-API access, few functions and rights, one campaign only, and a
/// user group that may not view the agents' group. Numbers that always answer, as in <see cref="DialOutcomesFactory"/>.
/// </summary>
public sealed class RestApiFactory : PortalFactory, IAsyncLifetime
{
    public const string AnswerNumber = DialOutcomesFactory.AnswerNumber;
    public const string ThirdPartyNumber = "3125550150";

    /// <summary>An API user without agent-API access.</summary>
    public const string NoApiUser = "restnoapi";

    /// <summary>May only pause and read agents; may not modify leads.</summary>
    public const string PauseOnlyUser = "restpause";

    /// <summary>All functions, in user group INBONLY that may work in campaign INBOUND only.</summary>
    public const string InboundOnlyUser = "restinbound";

    /// <summary>All functions, every campaign, but may view only its own user group (not AGENTS).</summary>
    public const string OwnGroupUser = "restowngroup";

    public const string PauseOnlyFunctions = "external_pause agent_status logged_in_agents";

    private readonly Dictionary<string, string> _keys = new(StringComparer.Ordinal);

    /// <summary>The secret of the key issued for this user.</summary>
    public string KeyOf(string userName) => _keys[userName];

    /// <summary>The demo api user's key.</summary>
    public string ApiKey => KeyOf("api");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting($"Telephony:Simulator:FixedOutcomes:{AnswerNumber}", "Answer");
        builder.UseSetting($"Telephony:Simulator:FixedOutcomes:{ThirdPartyNumber}", "Answer");
        builder.UseSetting("Telephony:Simulator:ConferenceAnswerOdds", "1");
    }

    public async Task InitializeAsync()
    {
        await this.ChangeAsync(db =>
        {
            db.UserGroups.Add(new UserGroup("INBONLY", "Inbound integrations", "INBOUND"));
            var ownGroup = new UserGroup("OWNGROUP", "Integrations seeing only themselves", UserGroup.AllCampaigns);
            ownGroup.Change(ownGroup.Name, ownGroup.AllowedCampaigns, "OWNGROUP");
            db.UserGroups.Add(ownGroup);
        });
        await AddUserAsync(NoApiUser, "API", agentApiAccess: false, ApiPermissions.AllFunctions, modifyLeads: true);
        await AddUserAsync(PauseOnlyUser, "API", agentApiAccess: true, PauseOnlyFunctions, modifyLeads: false);
        await AddUserAsync(InboundOnlyUser, "INBONLY", agentApiAccess: true, ApiPermissions.AllFunctions, modifyLeads: true);
        await AddUserAsync(OwnGroupUser, "OWNGROUP", agentApiAccess: true, ApiPermissions.AllFunctions, modifyLeads: true);

        var registry = Services.GetRequiredService<ApiKeyRegistry>();
        foreach (var user in new[] { "api", NoApiUser, PauseOnlyUser, InboundOnlyUser, OwnGroupUser })
        {
            _keys[user] = (await registry.IssueAsync($"tests {user}", user, "admin")).Secret;
        }
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

    private async Task AddUserAsync(string name, string userGroup, bool agentApiAccess, string functions, bool modifyLeads)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var user = new PortalUser
        {
            UserName = name,
            FullName = name,
            UserLevel = 8,
            UserGroupId = userGroup,
            AgentApiAccess = agentApiAccess,
            ApiAllowedFunctions = functions,
            ApiOnly = true,
            ModifyLeads = modifyLeads,
            ChangeAgentCampaign = true,
        };
        var result = await users.CreateAsync(user, "Rest-demo-1");
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
    }
}
