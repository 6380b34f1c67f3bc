namespace Portal.IntegrationTests.Rest;

using System.Net;
using Portal.Domain.Callbacks;
using Portal.Domain.Sessions;

/// <summary>Hang up, disposition and dial through the REST API, on calls the simulator really places.</summary>
public sealed class RestCallCommandTests(RestApiFactory factory) : IClassFixture<RestApiFactory>
{
    private HttpClient Client() => factory.CreateRestClient(factory.ApiKey);

    [Fact]
    public async Task Hangup_ends_the_call_and_the_agent_goes_to_disposition()
    {
        await factory.LogInOnAnsweredCallAsync("1001");
        using var client = Client();

        using var response = await client.PostJsonAsync("/api/v1/agents/1001/hangup");

        Assert.Equal("DISPO", (await response.ReadJsonAsync(HttpStatusCode.OK)).Text("state"));
        Assert.Equal(AgentState.Dispo, factory.Session("1001")?.State);
        var row = await factory.WaitForRestRowAsync(r => r.AgentUser == "1001" && r.Function == "external_hangup", "the hangup");
        Assert.Equal("SUCCESS", row.Result);
    }

    [Fact]
    public async Task Hangup_without_a_call_is_a_409()
    {
        await factory.LogInAsync("1002");
        using var client = Client();

        using var response = await client.PostJsonAsync("/api/v1/agents/1002/hangup");

        var problem = await response.ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(Refusal.NotOnCall.Reason, problem.Text("detail"));
    }

    [Fact]
    public async Task Disposition_on_the_disposition_screen_applies_at_once_and_may_pause()
    {
        await factory.LogInToDispositionAsync("1003");
        using var client = Client();

        using var response = await client.PostJsonAsync("/api/v1/agents/1003/disposition", new { status = "SALE", pauseAfter = true });

        Assert.Equal("PAUSED", (await response.ReadJsonAsync(HttpStatusCode.OK)).Text("state"));
        Assert.Equal(AgentState.Paused, factory.Session("1003")?.State);
    }

    [Fact]
    public async Task Disposition_during_the_call_waits_for_the_hangup()
    {
        await factory.LogInOnAnsweredCallAsync("1004");
        using var client = Client();

        using var response = await client.PostJsonAsync("/api/v1/agents/1004/disposition", new { status = "NI", pauseAfter = true });
        await response.ReadJsonAsync(HttpStatusCode.Accepted);
        using var hangup = await client.PostJsonAsync("/api/v1/agents/1004/hangup");

        await hangup.ReadJsonAsync(HttpStatusCode.OK);
        await factory.WaitForSessionAsync("1004", s => s.State == AgentState.Paused, "the pending NI to be applied, then the pause");
    }

    [Fact]
    public async Task A_callback_status_books_the_callback()
    {
        await factory.LogInToDispositionAsync("1005");
        var due = DateTimeOffset.UtcNow.AddDays(1);
        using var client = Client();

        using var response = await client.PostJsonAsync(
            "/api/v1/agents/1005/disposition", new { status = "CALLBK", callback = new { dueAt = due, type = "USERONLY", comments = "after lunch" } });

        await response.ReadJsonAsync(HttpStatusCode.OK);
        var callback = await Eventually.UntilAsync(
            () => factory.QueryAsync(db => Task.FromResult(db.Callbacks.Where(c => c.AgentUser == "1005").ToList())), c => c.Count == 1, "the callback row");
        Assert.Equal((CallbackType.UserOnly, "after lunch"), (callback[0].Type, callback[0].Comments));
    }

    [Fact]
    public async Task A_callback_status_without_a_time_is_a_validation_problem()
    {
        await factory.LogInToDispositionAsync("1006");
        using var client = Client();

        using var response = await client.PostJsonAsync("/api/v1/agents/1006/disposition", new { status = "CALLBK" });

        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Single(problem.ErrorsFor("callback.dueAt"));
        Assert.Equal(AgentState.Dispo, factory.Session("1006")?.State);
    }

    [Fact]
    public async Task A_status_the_campaign_does_not_have_is_a_validation_problem()
    {
        await factory.LogInToDispositionAsync("1007");
        using var client = Client();

        using var response = await client.PostJsonAsync("/api/v1/agents/1007/disposition", new { status = "WHAT" });

        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Single(problem.ErrorsFor("status"));
    }

    [Fact]
    public async Task Disposition_of_an_agent_without_a_call_is_a_409()
    {
        await factory.LogInAsync("1008");
        using var client = Client();

        using var response = await client.PostJsonAsync("/api/v1/agents/1008/disposition", new { status = "SALE" });

        var problem = await response.ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.StartsWith(Refusal.NotInDisposition.Reason, problem.Text("detail"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dial_places_a_call_for_a_paused_agent()
    {
        await factory.LogInAsync("1009");
        using var client = Client();

        using var response = await client.PostJsonAsync("/api/v1/agents/1009/dial", new { phoneNumber = RestApiFactory.AnswerNumber });

        var agent = await response.ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("INCALL", agent.Text("state"));
        Assert.Equal(RestApiFactory.AnswerNumber, factory.Session("1009")?.Call?.PhoneNumber);
    }

    [Fact]
    public async Task Dial_for_a_ready_agent_is_a_409()
    {
        await factory.LogInReadyAsync("1010");
        using var client = Client();

        using var response = await client.PostJsonAsync("/api/v1/agents/1010/dial", new { phoneNumber = RestApiFactory.AnswerNumber });

        var problem = await response.ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.StartsWith(Refusal.NotPaused.Reason, problem.Text("detail"), StringComparison.Ordinal);
        Assert.Equal(AgentState.Ready, factory.Session("1010")?.State);
    }

    [Fact]
    public async Task Dial_of_a_number_that_is_not_one_is_a_validation_problem()
    {
        await factory.LogInAsync("1011");
        using var client = Client();

        using var response = await client.PostJsonAsync("/api/v1/agents/1011/dial", new { phoneNumber = "12ab" });

        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Single(problem.ErrorsFor("phoneNumber"));
        Assert.Equal(AgentState.Paused, factory.Session("1011")?.State);
    }

    [Fact]
    public async Task Dial_of_a_lead_shows_it_in_preview_when_asked()
    {
        await factory.LogInAsync("1012");
        var lead = await factory.LeadWithUniqueNumberAsync(101);
        using var client = Client();

        using var response = await client.PostJsonAsync("/api/v1/agents/1012/dial", new { leadId = lead.LeadId, preview = true });

        var agent = await response.ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(lead.LeadId, agent.GetProperty("leadOnScreen").GetInt64());
        Assert.Equal(lead.LeadId, factory.Session("1012")?.PreviewLeadId);
    }
}
