namespace Portal.IntegrationTests;

using Portal.Domain.Sessions;

/// <summary>logout through /agc/api.php (contract §3.6).</summary>
public sealed class LogoutApiTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private Task<ApiReply> LogoutAsync(params (string Name, string Value)[] parameters) =>
        _client.GetApiAsync(AgentApi.Authenticated("logout", parameters));

    [Fact]
    public async Task Logout_of_a_paused_agent_ends_the_session_at_once()
    {
        await factory.LogInAsync("1001");
        var before = DateTimeOffset.UtcNow.ToUnixTimeSeconds();

        var reply = await LogoutAsync(("agent_user", "1001"), ("value", "LOGOUT"));

        var epoch = reply.SuccessEpoch();
        Assert.InRange(epoch, before, DateTimeOffset.UtcNow.ToUnixTimeSeconds());
        Assert.Equal($"SUCCESS: logout function set - LOGOUT|{epoch}|1001\n", reply.Body);
        Assert.Null(factory.Session("1001"));
    }

    [Fact]
    public async Task Logout_of_a_ready_agent_ends_the_session_at_once()
    {
        await factory.LogInReadyAsync("1002");

        var reply = await LogoutAsync(("agent_user", "1002"), ("value", "LOGOUT"));

        Assert.Equal($"SUCCESS: logout function set - LOGOUT|{reply.SuccessEpoch()}|1002\n", reply.Body);
        Assert.Null(factory.Session("1002"));
    }

    [Fact]
    public async Task Logout_during_a_call_logs_out_after_disposition()
    {
        await factory.LogInOnCallAsync("1003");

        var reply = await LogoutAsync(("agent_user", "1003"), ("value", "LOGOUT"));

        Assert.Equal($"SUCCESS: logout function set - LOGOUT|{reply.SuccessEpoch()}|1003\n", reply.Body);
        var session = factory.Session("1003");
        Assert.NotNull(session);
        Assert.Equal(AgentState.InCall, session.State);
        Assert.True(session.LogoutAfterDispo);
    }

    [Fact]
    public async Task Logout_with_a_value_other_than_logout_is_not_valid()
    {
        await factory.LogInAsync("1005");

        var reply = await LogoutAsync(("agent_user", "1005"), ("value", "PAUSE"));

        Assert.Equal("ERROR: logout not valid - PAUSE|1005\n", reply.Body);
        Assert.NotNull(factory.Session("1005"));
    }

    [Fact]
    public async Task Logout_without_a_value_is_not_valid()
    {
        var reply = await LogoutAsync(("agent_user", "1005"));

        Assert.Equal("ERROR: logout not valid - |1005\n", reply.Body);
    }

    [Fact]
    public async Task Logout_without_agent_user_or_alt_user_is_not_valid()
    {
        var reply = await LogoutAsync(("value", "LOGOUT"));

        Assert.Equal("ERROR: logout not valid - LOGOUT|\n", reply.Body);
    }

    [Fact]
    public async Task Logout_of_an_agent_who_is_not_logged_in_is_refused()
    {
        var reply = await LogoutAsync(("agent_user", "1099"), ("value", "LOGOUT"));

        Assert.Equal("ERROR: agent_user is not logged in - 1099\n", reply.Body);
    }

    [Fact]
    public async Task Logout_twice_reports_not_logged_in_the_second_time()
    {
        await factory.LogInAsync("1008");
        await LogoutAsync(("agent_user", "1008"), ("value", "LOGOUT"));

        var reply = await LogoutAsync(("agent_user", "1008"), ("value", "LOGOUT"));

        Assert.Equal("ERROR: agent_user is not logged in - 1008\n", reply.Body);
    }

    [Fact]
    public async Task Logout_with_alt_user_logs_out_the_agent_with_that_crm_id()
    {
        await factory.LogInAsync("1006");

        var reply = await LogoutAsync(("alt_user", "CRM1006"), ("value", "LOGOUT"));

        Assert.Equal($"SUCCESS: logout function set - LOGOUT|{reply.SuccessEpoch()}|1006\n", reply.Body);
        Assert.Null(factory.Session("1006"));
    }

    [Fact]
    public async Task Logout_with_unknown_alt_user_reports_it_then_checks_the_agent_user()
    {
        var reply = await LogoutAsync(("alt_user", "NOPE"), ("value", "LOGOUT"));

        Assert.Equal("ERROR: no user found - NOPE\nERROR: agent_user is not logged in - \n", reply.Body);
    }

    [Fact]
    public async Task Logout_value_that_only_contains_logout_is_accepted_but_changes_nothing()
    {
        await factory.LogInAsync("1007");

        var reply = await LogoutAsync(("agent_user", "1007"), ("value", "LOGOUTNOW"));

        Assert.Equal($"SUCCESS: logout function set - LOGOUTNOW|{reply.SuccessEpoch()}|1007\n", reply.Body);
        Assert.NotNull(factory.Session("1007"));
    }
}
