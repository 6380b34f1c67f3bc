namespace Portal.IntegrationTests;

using Portal.Domain.Sessions;

/// <summary>external_pause through /agc/api.php (contract §3.5): lines, state changes and alt_user.</summary>
public sealed class ExternalPauseTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string CloseLink = "\n<a href=\"javascript:window.opener='x';window.close();\">Close This Window</a>\n";

    private readonly HttpClient _client = factory.CreateClient();

    private Task<ApiReply> PauseAsync(params (string Name, string Value)[] parameters) =>
        _client.GetApiAsync(AgentApi.Authenticated("external_pause", parameters));

    [Fact]
    public async Task External_pause_without_a_value_is_not_valid()
    {
        var reply = await PauseAsync(("agent_user", "1001"));

        Assert.Equal("ERROR: external_pause not valid - |1001\n", reply.Body);
    }

    [Fact]
    public async Task External_pause_with_a_value_that_is_neither_pause_nor_resume_is_not_valid()
    {
        var reply = await PauseAsync(("agent_user", "1001"), ("value", "XYZ"));

        Assert.Equal("ERROR: external_pause not valid - XYZ|1001\n", reply.Body);
    }

    [Fact]
    public async Task External_pause_value_is_case_sensitive()
    {
        var reply = await PauseAsync(("agent_user", "1001"), ("value", "pause"));

        Assert.Equal("ERROR: external_pause not valid - pause|1001\n", reply.Body);
    }

    [Fact]
    public async Task External_pause_without_agent_user_or_alt_user_is_not_valid()
    {
        var reply = await PauseAsync(("value", "PAUSE"));

        Assert.Equal("ERROR: external_pause not valid - PAUSE|\n", reply.Body);
    }

    [Fact]
    public async Task External_pause_on_unknown_agent_reports_not_logged_in()
    {
        var reply = await PauseAsync(("agent_user", "1099"), ("value", "PAUSE"));

        Assert.Equal("ERROR: agent_user is not logged in - 1099\n", reply.Body);
    }

    [Fact]
    public async Task External_pause_on_a_logged_out_agent_reports_not_logged_in()
    {
        var reply = await PauseAsync(("agent_user", "1020"), ("value", "PAUSE"));

        Assert.Equal("ERROR: agent_user is not logged in - 1020\n", reply.Body);
    }

    [Fact]
    public async Task External_pause_pauses_a_ready_agent()
    {
        await factory.LogInReadyAsync("1003");
        var before = DateTimeOffset.UtcNow.ToUnixTimeSeconds();

        var reply = await PauseAsync(("agent_user", "1003"), ("value", "PAUSE"));

        var epoch = reply.SuccessEpoch();
        Assert.InRange(epoch, before, DateTimeOffset.UtcNow.ToUnixTimeSeconds());
        Assert.Equal($"SUCCESS: external_pause function set - PAUSE|{epoch}|1003\n", reply.Body);
        Assert.Equal(AgentState.Paused, factory.Session("1003")?.State);
    }

    [Fact]
    public async Task External_pause_success_is_followed_by_the_close_window_link_when_asked()
    {
        await factory.LogInReadyAsync("1002");

        var reply = await PauseAsync(("agent_user", "1002"), ("value", "PAUSE"), ("close_window_link", "1"));

        Assert.Equal($"SUCCESS: external_pause function set - PAUSE|{reply.SuccessEpoch()}|1002\n" + CloseLink, reply.Body);
    }

    [Fact]
    public async Task External_resume_makes_a_paused_agent_ready()
    {
        await factory.LogInAsync("1007");

        var reply = await PauseAsync(("agent_user", "1007"), ("value", "RESUME"));

        Assert.Equal($"SUCCESS: external_pause function set - RESUME|{reply.SuccessEpoch()}|1007\n", reply.Body);
        Assert.Equal(AgentState.Ready, factory.Session("1007")?.State);
    }

    [Fact]
    public async Task External_resume_on_a_ready_agent_reports_not_paused_and_ends_the_request()
    {
        await factory.LogInReadyAsync("1004");

        var reply = await PauseAsync(("agent_user", "1004"), ("value", "RESUME"), ("close_window_link", "1"));

        Assert.Equal("ERROR: external_pause agent is not paused - RESUME|1004\n", reply.Body);
        Assert.Equal(AgentState.Ready, factory.Session("1004")?.State);
    }

    [Fact]
    public async Task External_resume_on_an_agent_in_a_call_reports_not_paused()
    {
        await factory.LogInOnCallAsync("1017");

        var reply = await PauseAsync(("agent_user", "1017"), ("value", "RESUME"));

        Assert.Equal("ERROR: external_pause agent is not paused - RESUME|1017\n", reply.Body);
        Assert.Equal(AgentState.InCall, factory.Session("1017")?.State);
    }

    [Fact]
    public async Task External_pause_during_a_call_pauses_after_disposition()
    {
        await factory.LogInOnCallAsync("1008");

        var reply = await PauseAsync(("agent_user", "1008"), ("value", "PAUSE"));

        Assert.Equal($"SUCCESS: external_pause function set - PAUSE|{reply.SuccessEpoch()}|1008\n", reply.Body);
        var session = factory.Session("1008");
        Assert.NotNull(session);
        Assert.Equal(AgentState.InCall, session.State);
        Assert.True(session.PauseAfterDispo);
    }

    [Fact]
    public async Task External_resume_in_wrap_up_cancels_a_pending_pause()
    {
        await factory.LogInOnCallAsync("1016");
        await PauseAsync(("agent_user", "1016"), ("value", "PAUSE"));
        await factory.SendAsync("1016", new HangUpCustomer());

        var reply = await PauseAsync(("agent_user", "1016"), ("value", "RESUME"));

        Assert.Equal($"SUCCESS: external_pause function set - RESUME|{reply.SuccessEpoch()}|1016\n", reply.Body);
        var session = factory.Session("1016");
        Assert.NotNull(session);
        Assert.Equal(AgentState.Dispo, session.State);
        Assert.False(session.PauseAfterDispo);
    }

    [Fact]
    public async Task External_pause_value_that_only_contains_pause_is_accepted_but_changes_nothing()
    {
        await factory.LogInReadyAsync("1014");

        var reply = await PauseAsync(("agent_user", "1014"), ("value", "PAUSED"));

        Assert.Equal($"SUCCESS: external_pause function set - PAUSED|{reply.SuccessEpoch()}|1014\n", reply.Body);
        Assert.Equal(AgentState.Ready, factory.Session("1014")?.State);
    }

    [Fact]
    public async Task External_pause_value_is_sanitised_before_it_is_checked()
    {
        await factory.LogInReadyAsync("1015");

        var reply = await PauseAsync(("agent_user", "1015"), ("value", "PA'U\"SE;"));

        Assert.Equal($"SUCCESS: external_pause function set - PAUSE|{reply.SuccessEpoch()}|1015\n", reply.Body);
        Assert.Equal(AgentState.Paused, factory.Session("1015")?.State);
    }

    [Fact]
    public async Task External_pause_with_alt_user_acts_on_the_agent_with_that_crm_id()
    {
        await factory.LogInReadyAsync("1006");

        var reply = await PauseAsync(("alt_user", "CRM1006"), ("value", "PAUSE"));

        Assert.Equal($"SUCCESS: external_pause function set - PAUSE|{reply.SuccessEpoch()}|1006\n", reply.Body);
        Assert.Equal(AgentState.Paused, factory.Session("1006")?.State);
    }

    [Fact]
    public async Task External_pause_alt_user_takes_precedence_over_agent_user()
    {
        await factory.LogInReadyAsync("1012");
        await factory.LogInReadyAsync("1013");

        var reply = await PauseAsync(("agent_user", "1012"), ("alt_user", "CRM1013"), ("value", "PAUSE"));

        Assert.Equal($"SUCCESS: external_pause function set - PAUSE|{reply.SuccessEpoch()}|1013\n", reply.Body);
        Assert.Equal(AgentState.Paused, factory.Session("1013")?.State);
        Assert.Equal(AgentState.Ready, factory.Session("1012")?.State);
    }

    [Fact]
    public async Task External_pause_with_unknown_alt_user_reports_it_then_checks_the_agent_user()
    {
        var reply = await PauseAsync(("alt_user", "NOPE"), ("value", "PAUSE"));

        Assert.Equal("ERROR: no user found - NOPE\nERROR: agent_user is not logged in - \n", reply.Body);
    }

    [Fact]
    public async Task External_pause_with_unknown_alt_user_falls_back_to_the_agent_user_given()
    {
        await factory.LogInReadyAsync("1018");

        var reply = await PauseAsync(("agent_user", "1018"), ("alt_user", "NOPE"), ("value", "PAUSE"));

        Assert.Equal($"ERROR: no user found - NOPE\nSUCCESS: external_pause function set - PAUSE|{reply.SuccessEpoch()}|1018\n", reply.Body);
        Assert.Equal(AgentState.Paused, factory.Session("1018")?.State);
    }
}
