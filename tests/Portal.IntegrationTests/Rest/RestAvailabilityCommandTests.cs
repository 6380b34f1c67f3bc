namespace Portal.IntegrationTests.Rest;

using System.Net;
using Portal.Domain.Sessions;

/// <summary>Pause, resume, in-groups and logout through the REST API reach the agent's session.</summary>
public sealed class RestAvailabilityCommandTests(RestApiFactory factory) : IClassFixture<RestApiFactory>
{
    private HttpClient Client() => factory.CreateRestClient(factory.ApiKey);

    [Fact]
    public async Task Pause_with_a_pause_code_pauses_a_ready_agent_and_is_audited()
    {
        await factory.LogInReadyAsync("1001");
        using var client = Client();

        using var response = await client.PostJsonAsync("/api/v1/agents/1001/pause", new { pauseCode = "BREAK" });

        var agent = await response.ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("PAUSED BREAK", agent.Text("stateText"));
        Assert.Equal((AgentState.Paused, "BREAK"), (factory.Session("1001")!.State, factory.Session("1001")!.PauseCode));
        var row = await factory.WaitForRestRowAsync(r => r.AgentUser == "1001" && r.Function == "external_pause", "the pause");
        Assert.Equal(("api", "SUCCESS", "PAUSE BREAK", "tests api"), (row.User, row.Result, row.Value, row.Source));
        Assert.Equal("/api/v1/agents/1001/pause", row.Url);
        Assert.DoesNotContain(factory.ApiKey, row.Url + row.Data + row.Value, StringComparison.Ordinal);
        Assert.True(row.RunTimeSeconds > 0);
    }

    [Fact]
    public async Task Pause_without_a_body_pauses_and_on_a_call_waits_for_the_disposition()
    {
        await factory.LogInOnCallAsync("1002");
        using var client = Client();

        using var response = await client.PostJsonAsync("/api/v1/agents/1002/pause");

        var agent = await response.ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("INCALL", agent.Text("state"));
        Assert.True(agent.GetProperty("pauseAfterDisposition").GetBoolean());
    }

    [Fact]
    public async Task Pause_with_a_code_the_campaign_does_not_have_is_a_validation_problem()
    {
        await factory.LogInReadyAsync("1003");
        using var client = Client();

        using var response = await client.PostJsonAsync("/api/v1/agents/1003/pause", new { pauseCode = "NAP" });

        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("BREAK", Assert.Single(problem.ErrorsFor("pauseCode")), StringComparison.Ordinal);
        Assert.Equal(AgentState.Ready, factory.Session("1003")?.State);
    }

    [Fact]
    public async Task Resume_makes_a_paused_agent_ready()
    {
        await factory.LogInAsync("1004");
        using var client = Client();

        using var response = await client.PostJsonAsync("/api/v1/agents/1004/resume");

        Assert.Equal("READY", (await response.ReadJsonAsync(HttpStatusCode.OK)).Text("state"));
        Assert.Equal(AgentState.Ready, factory.Session("1004")?.State);
    }

    [Fact]
    public async Task Resume_of_an_agent_on_a_call_is_a_409_with_the_sessions_reason()
    {
        await factory.LogInOnCallAsync("1005");
        using var client = Client();

        using var response = await client.PostJsonAsync("/api/v1/agents/1005/resume");

        var problem = await response.ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(Refusal.NotPaused.Reason, problem.Text("detail"));
        var row = await factory.WaitForRestRowAsync(r => r.AgentUser == "1005" && r.Value == "RESUME", "the refused resume");
        Assert.Equal(("ERROR", Refusal.NotPaused.Reason), (row.Result, row.ResultReason));
    }

    [Fact]
    public async Task Logout_of_an_idle_agent_ends_the_session()
    {
        await factory.LogInAsync("1006");
        using var client = Client();

        using var response = await client.PostJsonAsync("/api/v1/agents/1006/logout");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Null(factory.Session("1006"));
    }

    [Fact]
    public async Task Logout_on_a_call_waits_for_the_disposition()
    {
        await factory.LogInOnCallAsync("1007");
        using var client = Client();

        using var response = await client.PostJsonAsync("/api/v1/agents/1007/logout");

        var agent = await response.ReadJsonAsync(HttpStatusCode.Accepted);
        Assert.True(agent.GetProperty("logoutAfterDisposition").GetBoolean());
        Assert.True(factory.Session("1007")!.LogoutAfterDispo);
    }

    [Fact]
    public async Task In_groups_change_the_agents_selection_and_blended()
    {
        await factory.LogInAsync("1008");
        using var client = Client();

        using var response = await client.PostJsonAsync("/api/v1/agents/1008/ingroups", new { inGroups = new[] { "SUPPORT" }, blended = false });

        var agent = await response.ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(["SUPPORT"], agent.GetProperty("inGroups").EnumerateArray().Select(g => g.GetString()));
        Assert.Equal(["SUPPORT"], factory.Session("1008")!.InGroups);
        Assert.False(factory.Session("1008")!.Blended);
    }

    [Fact]
    public async Task In_groups_may_be_added_to_the_selection()
    {
        await factory.LogInAsync("1009");
        await factory.SendAsync("1009", new ChangeInGroups(["SUPPORT"], Blended: true));
        using var client = Client();

        using var response = await client.PostJsonAsync("/api/v1/agents/1009/ingroups", new { inGroups = new[] { "SALESLINE" }, mode = "add" });

        await response.ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(["SUPPORT", "SALESLINE"], factory.Session("1009")!.InGroups);
        Assert.True(factory.Session("1009")!.Blended);
    }

    [Fact]
    public async Task An_in_group_that_does_not_exist_is_a_validation_problem()
    {
        await factory.LogInAsync("1010");
        using var client = Client();

        using var response = await client.PostJsonAsync("/api/v1/agents/1010/ingroups", new { inGroups = new[] { "NOPE" } });

        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("NOPE", Assert.Single(problem.ErrorsFor("inGroups")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_in_group_mode_is_a_validation_problem_naming_the_field()
    {
        await factory.LogInAsync("1011");
        using var client = Client();

        using var response = await client.PostJsonAsync("/api/v1/agents/1011/ingroups", new { inGroups = new[] { "SUPPORT" }, mode = "swap" });

        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Single(problem.ErrorsFor("mode"));
    }

    [Fact]
    public async Task Commands_for_an_agent_who_is_not_logged_in_are_404()
    {
        using var client = Client();

        using var response = await client.PostJsonAsync("/api/v1/agents/1019/resume");

        await response.ReadProblemAsync(HttpStatusCode.NotFound);
    }
}
