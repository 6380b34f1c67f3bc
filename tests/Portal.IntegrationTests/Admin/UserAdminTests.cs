namespace Portal.IntegrationTests.Admin;

using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Users;
using Portal.Infrastructure.Admin.Users;
using Portal.Infrastructure.Agents;
using Portal.Infrastructure.Identity;
using Portal.Infrastructure.Supervision;

/// <summary>Users through the admin service: created usable at once, validated, deactivated without losing them.</summary>
public sealed class UserAdminTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Password = "New-agent-1";
    private readonly IUserAdmin _users = factory.Get<IUserAdmin>();

    private static UserSettings Agent(string group = "AGENTS") => new() { FullName = "New Agent", Role = PortalRoles.Agent, UserLevel = 1, UserGroupId = group };

    [Fact]
    public async Task A_new_agent_can_log_in_to_a_campaign_of_its_group_at_once()
    {
        var created = await _users.CreateAsync(Callers.Admin, "agent501", Password, Agent());

        Assert.True(created.Succeeded, string.Join(" ", created.Problems.Values));
        var login = await factory.Get<AgentDesk>().LogInAsync("agent501", "TESTCAMP", "501");
        Assert.NotNull(login.Session);
        Assert.Equal("New Agent", (await factory.Get<AgentDirectory>().FindAsync("agent501"))?.FullName);
    }

    [Fact]
    public async Task A_new_user_gets_the_role_and_password_it_was_given()
    {
        await _users.CreateAsync(Callers.Admin, "super502", Password, Agent("SUPERVISORS") with { Role = PortalRoles.Supervisor, UserLevel = 8 });

        await using var scope = factory.Services.CreateAsyncScope();
        var identity = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var user = await identity.FindByNameAsync("super502");
        Assert.NotNull(user);
        Assert.True(await identity.CheckPasswordAsync(user, Password));
        Assert.Equal([PortalRoles.Supervisor], await identity.GetRolesAsync(user));
        Assert.Equal(8, user.UserLevel);
    }

    [Theory]
    [InlineData("x", "UserName")]
    [InlineData("has space", "UserName")]
    [InlineData("1002", "UserName")]
    public async Task A_bad_or_taken_user_name_is_refused(string userName, string field)
    {
        var result = await _users.CreateAsync(Callers.Admin, userName, Password, Agent());

        Assert.Contains(field, result.Problems.Keys);
    }

    [Fact]
    public async Task Settings_out_of_range_are_refused_by_field()
    {
        var result = await _users.CreateAsync(Callers.Admin, "agent503", Password, Agent() with { UserLevel = 10, FullName = " ", ApiAllowedFunctions = "external_pause make_tea" });

        Assert.Equal(["ApiAllowedFunctions", "FullName", "UserLevel"], result.Problems.Keys.Order());
    }

    [Fact]
    public async Task An_unknown_user_group_is_refused()
    {
        var result = await _users.CreateAsync(Callers.Admin, "agent504", Password, Agent("NOSUCHGROUP"));

        Assert.Equal("There is no user group NOSUCHGROUP.", result.Problems["UserGroupId"]);
    }

    [Fact]
    public async Task A_weak_password_is_refused_under_password()
    {
        var result = await _users.CreateAsync(Callers.Admin, "agent505", "short", Agent());

        Assert.Contains("Password", result.Problems.Keys);
        Assert.Null(await _users.GetAsync(Callers.Admin, "agent505"));
    }

    [Fact]
    public async Task Deactivating_an_agent_ends_the_live_session_and_keeps_the_user()
    {
        await factory.LogInAsync("1010");

        var result = await _users.SetActiveAsync(Callers.Admin, "1010", active: false);

        Assert.True(result.Succeeded);
        await factory.WaitForSessionGoneAsync("1010");
        var listed = (await _users.ListAsync(Callers.Admin)).Single(u => u.UserName == "1010");
        Assert.False(listed.Active);
        Assert.Empty(await factory.Get<AgentDesk>().CampaignsForAsync("1010"));
        Assert.True((await _users.SetActiveAsync(Callers.Admin, "1010", active: true)).Succeeded);
        Assert.NotEmpty(await factory.Get<AgentDesk>().CampaignsForAsync("1010"));
    }

    [Fact]
    public async Task A_deactivated_user_is_refused_by_the_api_even_with_cached_credentials()
    {
        await _users.CreateAsync(Callers.Admin, "apiuser506", Password, Agent("API") with
        {
            Role = null, ApiOnly = true, AgentApiAccess = true, ApiAllowedFunctions = ApiPermissions.AllFunctions,
        });
        var api = factory.Get<ApiAuthenticator>();
        Assert.True((await api.AuthenticateAsync("apiuser506", Password)).IsGood);

        await _users.SetActiveAsync(Callers.Admin, "apiuser506", active: false);

        Assert.False((await api.AuthenticateAsync("apiuser506", Password)).IsGood);
    }

    [Fact]
    public async Task A_password_reset_replaces_the_cached_old_password()
    {
        await _users.CreateAsync(Callers.Admin, "apiuser507", Password, Agent("API") with { Role = null, ApiOnly = true, AgentApiAccess = true });
        var api = factory.Get<ApiAuthenticator>();
        Assert.True((await api.AuthenticateAsync("apiuser507", Password)).IsGood);

        var reset = await _users.ResetPasswordAsync(Callers.Admin, "apiuser507", "Another-pass-2");

        Assert.True(reset.Succeeded);
        Assert.False((await api.AuthenticateAsync("apiuser507", Password)).IsGood);
        Assert.True((await api.AuthenticateAsync("apiuser507", "Another-pass-2")).IsGood);
    }

    [Fact]
    public async Task Unlock_clears_a_lock_out_after_failed_logins()
    {
        await _users.CreateAsync(Callers.Admin, "agent508", Password, Agent());
        var api = factory.Get<ApiAuthenticator>();
        // An agent without agent-API access pays nothing for API failures; ten wrong screen passwords lock them.
        var throttle = factory.Get<Portal.Infrastructure.Identity.SignInThrottle>();
        for (var i = 0; i < 10; i++)
        {
            throttle.Failed("agent508", System.Net.IPAddress.Loopback);
        }

        Assert.True((await _users.GetAsync(Callers.Admin, "agent508"))!.LockedOut);

        await _users.UnlockAsync(Callers.Admin, "agent508");

        Assert.False((await _users.GetAsync(Callers.Admin, "agent508"))!.LockedOut);
        Assert.True((await api.AuthenticateAsync("agent508", Password)).IsGood);
    }

    [Fact]
    public async Task Changing_the_group_and_role_shows_in_the_list_and_the_directory()
    {
        await _users.CreateAsync(Callers.Admin, "agent509", Password, Agent());
        await factory.Get<AgentDirectory>().AllAsync();

        await _users.UpdateAsync(Callers.Admin, "agent509", Agent("SUPERVISORS") with { Role = PortalRoles.Supervisor, FullName = "Now Supervisor" });

        var listed = (await _users.ListAsync(Callers.Admin)).Single(u => u.UserName == "agent509");
        Assert.Equal((PortalRoles.Supervisor, "SUPERVISORS", "Now Supervisor"), (listed.Role, listed.UserGroupId, listed.FullName));
        Assert.Equal("SUPERVISORS", (await factory.Get<AgentDirectory>().FindAsync("agent509"))?.UserGroupId);
    }

    [Fact]
    public async Task An_admin_cannot_deactivate_themselves_or_drop_their_own_admin_role()
    {
        var deactivate = await _users.SetActiveAsync(Callers.Admin, "admin", active: false);
        var demote = await _users.UpdateAsync(Callers.Admin, "admin", Agent("ADMIN") with { Role = PortalRoles.Supervisor });

        Assert.False(deactivate.Succeeded);
        Assert.Equal("You cannot take the Admin role from yourself; ask another admin.", demote.Problems["Role"]);
        Assert.True((await _users.GetAsync(Callers.Admin, "admin"))!.Active);
    }

    [Fact]
    public void The_allowed_function_names_are_the_functions_the_agent_api_serves()
    {
        var functionType = typeof(Program).Assembly.GetType("Portal.Web.Api.Vicidial.IVicidialFunction", throwOnError: true)!;
        var served = factory.Services.GetServices(functionType)
            .Select(f => (string)functionType.GetProperty("Name")!.GetValue(f)!);

        Assert.Equal(served.Order(StringComparer.Ordinal), AgentApiFunctions.Names.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_function_a_rest_endpoint_counts_as_can_be_granted()
    {
        var counted = factory.Services.GetRequiredService<Microsoft.AspNetCore.Routing.EndpointDataSource>().Endpoints
            .Select(e => e.Metadata.GetMetadata<Portal.Web.Api.Rest.RestFunction>()?.Name)
            .OfType<string>()
            .Where(name => name != "unknown") // the fallback for paths that are not endpoints: counts as no function
            .Distinct()
            .ToList();

        Assert.NotEmpty(counted);
        Assert.All(counted, name => Assert.Contains(name, AgentApiFunctions.Grantable));
    }

    [Theory]
    [MemberData(nameof(Callers.NotAdmins), MemberType = typeof(Callers))]
    public async Task Only_admins_may_use_the_service(string userName)
    {
        var caller = Callers.SignedIn(userName);

        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => _users.ListAsync(caller));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => _users.CreateAsync(caller, "sneaky", Password, Agent()));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => _users.SetActiveAsync(caller, "1003", active: false));
    }
}
