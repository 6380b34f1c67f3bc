namespace Portal.IntegrationTests.ContactNow;

using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Users;
using Portal.Infrastructure.Data;
using Portal.Infrastructure.Identity;
using Portal.Infrastructure.Telephony;

/// <summary>
/// A quiet portal for the ContactNow API: a clock tests can move, a remote address tests can choose, numbers that always
/// answer, and API users with narrower rights than the demo <c>api</c> user (password <see cref="AgentApi.Password"/>).
/// </summary>
public sealed class ContactNowFactory : PortalFactory, IAsyncLifetime
{
    /// <summary>Agent-API access, but only external_pause (ContactNow's ready).</summary>
    public const string PauseOnly = "cnpause";

    /// <summary>ALL_FUNCTIONS, in a user group that may control campaign INBOUND only.</summary>
    public const string InboundOnly = "cninbound";

    /// <summary>ALL_FUNCTIONS, every campaign, but may view only the SUPERVISORS user group (not the agents).</summary>
    public const string NoAgents = "cnnoagents";

    /// <summary>No agent-API access at all.</summary>
    public const string NoApi = "cnnoapi";

    /// <summary>Answers with caller ids allowed (Portal:AgentApi:OutboundCidAny = API_ONLY).</summary>
    public bool AllowCallerIds { get; init; }

    public ShiftedClock Clock { get; } = new();

    public OriginateLog Telephony => Services.GetRequiredService<OriginateLog>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting($"Telephony:Simulator:FixedOutcomes:{DialOutcomesFactory.AnswerNumber}", "Answer");
        builder.UseSetting($"Telephony:Simulator:FixedOutcomes:{DialOutcomesFactory.OtherAnswerNumber}", "Answer");
        if (AllowCallerIds)
        {
            builder.UseSetting("Portal:AgentApi:OutboundCidAny", "API_ONLY");
        }

        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            services.AddSingleton<IStartupFilter, TestRemoteAddress>();
            services.AddSingleton(sp => new OriginateLog(sp.GetRequiredService<SimulatedPbx>()));
            services.AddSingleton<ITelephony>(sp => sp.GetRequiredService<OriginateLog>());
        });
    }

    public async Task InitializeAsync()
    {
        var contexts = Services.GetRequiredService<IDbContextFactory<PortalDbContext>>();
        await using (var db = await contexts.CreateDbContextAsync())
        {
            db.UserGroups.Add(new UserGroup("CNINBOUND", "ContactNow, inbound only", "INBOUND"));
            var noAgents = new UserGroup("CNNOAGENTS", "ContactNow, no agents", UserGroup.AllCampaigns);
            noAgents.Change(noAgents.Name, UserGroup.AllCampaigns, "SUPERVISORS");
            db.UserGroups.Add(noAgents);
            await db.SaveChangesAsync();
        }

        await AddUserAsync(PauseOnly, "external_pause", "API", apiAccess: true);
        await AddUserAsync(InboundOnly, ApiPermissions.AllFunctions, "CNINBOUND", apiAccess: true);
        await AddUserAsync(NoAgents, ApiPermissions.AllFunctions, "CNNOAGENTS", apiAccess: true);
        await AddUserAsync(NoApi, "", "API", apiAccess: false);
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

    private async Task AddUserAsync(string name, string functions, string userGroup, bool apiAccess)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var user = new PortalUser
        {
            UserName = name,
            UserLevel = 8,
            UserGroupId = userGroup,
            AgentApiAccess = apiAccess,
            ApiAllowedFunctions = functions,
            ApiOnly = true,
        };
        var result = await users.CreateAsync(user, AgentApi.Password);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
    }
}
