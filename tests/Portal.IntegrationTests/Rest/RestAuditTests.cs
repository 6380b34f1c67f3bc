namespace Portal.IntegrationTests.Rest;

using System.Net;

/// <summary>GET /api/v1/audit: the audit log of both APIs, filtered and paged, within the reader's scope.</summary>
public sealed class RestAuditTests(RestApiFactory factory) : IClassFixture<RestApiFactory>
{
    [Fact]
    public async Task The_audit_log_lists_rest_and_vicidial_calls_filtered_by_function()
    {
        await factory.LogInReadyAsync("1001");
        using var client = factory.CreateRestClient(factory.ApiKey);
        using (var pause = await client.PostJsonAsync("/api/v1/agents/1001/pause"))
        {
            await pause.ReadJsonAsync(HttpStatusCode.OK);
        }

        await factory.CreateClient().CallAsync("external_pause", ("agent_user", "1001"), ("value", "RESUME"));
        await factory.WaitForRestRowAsync(r => r.AgentUser == "1001" && r.Function == "external_pause", "the REST pause");
        await Eventually.UntilAsync(factory.AllAsync, rows => rows.Any(r => r.ApiScript == "agent" && r.AgentUser == "1001"), "the VICIdial row");

        using var response = await client.GetAsync("/api/v1/audit?function=external_pause&agent=1001");

        var page = await response.ReadJsonAsync(HttpStatusCode.OK);
        var scripts = page.GetProperty("items").EnumerateArray().Select(i => i.Text("apiScript")).ToList();
        Assert.Contains("rest", scripts);
        Assert.Contains("agent", scripts);
        Assert.All(page.GetProperty("items").EnumerateArray(), i => Assert.Equal("external_pause", i.Text("function")));
    }

    [Fact]
    public async Task The_audit_log_pages_newest_first()
    {
        using var client = factory.CreateRestClient(factory.ApiKey);
        for (var i = 0; i < 3; i++)
        {
            using var call = await client.GetAsync("/api/v1/agents/1015");
        }

        await Eventually.UntilAsync(factory.AllAsync, rows => rows.Count(r => r.Function == "agent_status" && r.AgentUser == "1015") >= 3, "three audit rows");

        using var first = await client.GetAsync("/api/v1/audit?agent=1015&function=agent_status&pageSize=2");
        using var second = await client.GetAsync("/api/v1/audit?agent=1015&function=agent_status&pageSize=2&page=2");

        var one = await first.ReadJsonAsync(HttpStatusCode.OK);
        var two = await second.ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(2, one.GetProperty("items").GetArrayLength());
        Assert.True(one.GetProperty("total").GetInt32() >= 3);
        var newest = one.GetProperty("items")[0].GetProperty("at").GetDateTimeOffset();
        var older = two.GetProperty("items")[0].GetProperty("at").GetDateTimeOffset();
        Assert.True(newest >= older);
        Assert.All(one.GetProperty("items").EnumerateArray(), i => Assert.Equal(("ERROR", "rest"), (i.Text("result"), i.Text("apiScript"))));
    }

    [Fact]
    public async Task A_reader_who_may_not_view_the_agents_group_sees_only_their_own_calls()
    {
        using var own = factory.CreateRestClient(factory.KeyOf(RestApiFactory.OwnGroupUser));
        using (var mine = await own.GetAsync("/api/v1/agents"))
        {
            await mine.ReadJsonAsync(HttpStatusCode.OK);
        }

        using var api = factory.CreateRestClient(factory.ApiKey);
        using (var theirs = await api.GetAsync("/api/v1/agents/1016"))
        {
            await theirs.ReadProblemAsync(HttpStatusCode.NotFound);
        }

        await factory.WaitForRestRowAsync(r => r.User == RestApiFactory.OwnGroupUser, "the reader's own call");
        await factory.WaitForRestRowAsync(r => r.AgentUser == "1016", "a call about agent 1016");

        using var response = await own.GetAsync("/api/v1/audit?pageSize=500");

        var users = (await response.ReadJsonAsync(HttpStatusCode.OK)).GetProperty("items").EnumerateArray().Select(i => i.Text("user")).Distinct().ToList();
        Assert.Equal([RestApiFactory.OwnGroupUser], users);
    }

    [Fact]
    public async Task Bad_audit_filters_are_a_validation_problem()
    {
        using var client = factory.CreateRestClient(factory.ApiKey);

        using var response = await client.GetAsync("/api/v1/audit?from=last+week&page=-1&pageSize=5000");

        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Single(problem.ErrorsFor("from"));
        Assert.Single(problem.ErrorsFor("page"));
        Assert.Single(problem.ErrorsFor("pageSize"));
    }
}
