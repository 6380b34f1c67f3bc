namespace Portal.IntegrationTests.Rest;

using System.Net;
using Portal.Domain.Sessions;

/// <summary>GET /api/v1/agents and /api/v1/agents/{agentUser}: live sessions within the key user's scope.</summary>
public sealed class RestAgentsTests(RestApiFactory factory) : IClassFixture<RestApiFactory>
{
    [Fact]
    public async Task Agents_lists_the_live_sessions_with_their_state()
    {
        await factory.LogInAsync("1001");
        await factory.SendAsync("1001", new Pause("BREAK"));
        using var client = factory.CreateRestClient(factory.ApiKey);

        using var response = await client.GetAsync("/api/v1/agents");

        var agents = await response.ReadJsonAsync(HttpStatusCode.OK);
        var agent = agents.EnumerateArray().Single(a => a.Text("agentUser") == "1001");
        Assert.Equal(("PAUSED", "PAUSED BREAK", "TESTCAMP", "AGENTS"), (agent.Text("state"), agent.Text("stateText"), agent.Text("campaignId"), agent.Text("userGroup")));
        Assert.Equal("Agent 1001", agent.Text("fullName"));
    }

    [Fact]
    public async Task Agents_hides_sessions_outside_the_users_campaigns()
    {
        await factory.LogInAsync("1003");
        await factory.LogInAsync("1004", "INBOUND");
        using var client = factory.CreateRestClient(factory.KeyOf(RestApiFactory.InboundOnlyUser));

        using var response = await client.GetAsync("/api/v1/agents");

        var users = (await response.ReadJsonAsync(HttpStatusCode.OK)).EnumerateArray().Select(a => a.Text("agentUser")).ToList();
        Assert.Contains("1004", users);
        Assert.DoesNotContain("1003", users);
    }

    [Fact]
    public async Task One_agent_shows_the_call_they_are_on()
    {
        await factory.LogInOnCallAsync("1005");
        using var client = factory.CreateRestClient(factory.ApiKey);

        using var response = await client.GetAsync("/api/v1/agents/1005");

        var agent = await response.ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("INCALL", agent.Text("state"));
        Assert.Equal("call-1005", agent.GetProperty("call").Text("callId"));
        Assert.Equal("5551230000", agent.GetProperty("call").Text("phoneNumber"));
    }

    [Fact]
    public async Task An_agent_who_is_not_logged_in_is_404()
    {
        using var client = factory.CreateRestClient(factory.ApiKey);

        using var response = await client.GetAsync("/api/v1/agents/1020");

        var problem = await response.ReadProblemAsync(HttpStatusCode.NotFound);
        Assert.Contains("not logged in", problem.Text("detail"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_agent_in_a_campaign_the_user_may_not_reach_is_403()
    {
        await factory.LogInAsync("1006");
        using var client = factory.CreateRestClient(factory.KeyOf(RestApiFactory.InboundOnlyUser));

        using var response = await client.GetAsync("/api/v1/agents/1006");

        var problem = await response.ReadProblemAsync(HttpStatusCode.Forbidden);
        Assert.Contains("TESTCAMP", problem.Text("detail"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_agent_in_a_user_group_the_user_may_not_view_is_403_and_unchanged()
    {
        await factory.LogInReadyAsync("1007");
        using var client = factory.CreateRestClient(factory.KeyOf(RestApiFactory.OwnGroupUser));

        using var response = await client.PostJsonAsync("/api/v1/agents/1007/pause");

        await response.ReadProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(AgentState.Ready, factory.Session("1007")?.State);
    }
}
