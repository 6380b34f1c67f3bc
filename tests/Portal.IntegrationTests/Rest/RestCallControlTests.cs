namespace Portal.IntegrationTests.Rest;

using System.Net;
using Portal.Domain.Sessions;

/// <summary>Transfer, park, recording, DTMF and notifications through the REST API, with the agent's own call controls.</summary>
public sealed class RestCallControlTests(RestApiFactory factory) : IClassFixture<RestApiFactory>
{
    private HttpClient Client() => factory.CreateRestClient(factory.ApiKey);

    [Fact]
    public async Task Three_way_dials_the_third_party_and_hang_up_transfer_line_drops_it()
    {
        await factory.LogInOnAnsweredCallAsync("1001");
        using var client = Client();

        using var dial = await client.PostJsonAsync("/api/v1/agents/1001/transfer", new { action = "ThreeWay", phoneNumber = RestApiFactory.ThirdPartyNumber });

        var agent = await dial.ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(RestApiFactory.ThirdPartyNumber, agent.GetProperty("call").Text("conferenceNumber"));
        using var hangUp = await client.PostJsonAsync("/api/v1/agents/1001/transfer", new { action = "hangUpTransferLine" });
        await hangUp.ReadJsonAsync(HttpStatusCode.OK);
        Assert.Null(factory.Session("1001")?.Call?.ConferenceNumber);
        var row = await factory.WaitForRestRowAsync(r => r.AgentUser == "1001" && r.Function == "transfer_conference" && r.Value.StartsWith("ThreeWay", StringComparison.Ordinal), "the 3-way");
        Assert.Equal("SUCCESS", row.Result);
    }

    [Fact]
    public async Task Blind_transfer_sends_the_customer_away_and_the_agent_to_disposition()
    {
        await factory.LogInOnAnsweredCallAsync("1002");
        using var client = Client();

        using var response = await client.PostJsonAsync("/api/v1/agents/1002/transfer", new { action = "Blind", phoneNumber = RestApiFactory.ThirdPartyNumber });

        Assert.Equal("DISPO", (await response.ReadJsonAsync(HttpStatusCode.OK)).Text("state"));
    }

    [Fact]
    public async Task Local_closer_needs_an_in_group_or_an_agent()
    {
        await factory.LogInOnAnsweredCallAsync("1003");
        using var client = Client();

        using var response = await client.PostJsonAsync("/api/v1/agents/1003/transfer", new { action = "LocalCloser" });

        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Single(problem.ErrorsFor("inGroup"));
        Assert.Equal(AgentState.InCall, factory.Session("1003")?.State);
    }

    [Fact]
    public async Task Transfer_without_an_action_or_a_live_call_is_refused()
    {
        await factory.LogInAsync("1004");
        using var client = Client();

        using var noAction = await client.PostJsonAsync("/api/v1/agents/1004/transfer", new { phoneNumber = RestApiFactory.ThirdPartyNumber });
        using var noCall = await client.PostJsonAsync("/api/v1/agents/1004/transfer", new { action = "LeaveThreeWay" });

        Assert.Single((await noAction.ReadProblemAsync(HttpStatusCode.BadRequest)).ErrorsFor("action"));
        Assert.Equal(Refusal.NotOnCall.Reason, (await noCall.ReadProblemAsync(HttpStatusCode.Conflict)).Text("detail"));
    }

    [Fact]
    public async Task Park_and_grab_switch_the_parked_flag()
    {
        await factory.LogInOnAnsweredCallAsync("1005");
        using var client = Client();

        using var park = await client.PostJsonAsync("/api/v1/agents/1005/park");
        Assert.True((await park.ReadJsonAsync(HttpStatusCode.OK)).GetProperty("call").GetProperty("parked").GetBoolean());
        Assert.True(factory.Session("1005")!.Call!.Has(CallFlags.Parked));

        using var grab = await client.PostJsonAsync("/api/v1/agents/1005/grab");
        await grab.ReadJsonAsync(HttpStatusCode.OK);
        Assert.False(factory.Session("1005")!.Call!.Has(CallFlags.Parked));
    }

    [Fact]
    public async Task Recording_starts_and_stops_on_demand()
    {
        await factory.LogInOnAnsweredCallAsync("1006");
        using var client = Client();

        using var start = await client.PostJsonAsync("/api/v1/agents/1006/recording/start");
        await start.ReadJsonAsync(HttpStatusCode.OK);
        Assert.True(factory.Session("1006")!.Call!.Has(CallFlags.Recording));

        using var stop = await client.PostJsonAsync("/api/v1/agents/1006/recording/stop");
        await stop.ReadJsonAsync(HttpStatusCode.OK);
        Assert.False(factory.Session("1006")!.Call!.Has(CallFlags.Recording));
    }

    [Fact]
    public async Task Dtmf_is_sent_on_a_live_call_and_refused_without_one()
    {
        await factory.LogInOnAnsweredCallAsync("1007");
        await factory.LogInAsync("1008");
        using var client = Client();

        using var sent = await client.PostJsonAsync("/api/v1/agents/1007/dtmf", new { digits = "12#,*9" });
        using var noCall = await client.PostJsonAsync("/api/v1/agents/1008/dtmf", new { digits = "1" });
        using var bad = await client.PostJsonAsync("/api/v1/agents/1007/dtmf", new { digits = "12A" });

        await sent.ReadJsonAsync(HttpStatusCode.OK);
        await noCall.ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Single((await bad.ReadProblemAsync(HttpStatusCode.BadRequest)).ErrorsFor("digits"));
    }

    [Fact]
    public async Task Notify_shows_a_styled_message_with_confetti_on_the_agents_screen()
    {
        await factory.LogInAsync("1009");
        using var inbox = NotificationInbox.Open(factory, "1009");
        using var client = Client();

        using var response = await client.PostJsonAsync(
            "/api/v1/agents/1009/notify", new { text = "Great job", textColor = "#2E7D32", textSize = 20, confetti = new { seconds = 3 } });

        await response.ReadJsonAsync(HttpStatusCode.OK);
        var shown = (await inbox.WaitForOneAsync()).Notification;
        Assert.Equal(("Great job", "#2E7D32", 20, true, 3), (shown.Text, shown.TextColor, shown.TextSize, shown.Confetti, shown.ConfettiSeconds));
        Assert.Equal("api", shown.From);
    }

    [Fact]
    public async Task Notify_refuses_values_beyond_the_limits()
    {
        await factory.LogInAsync("1010");
        using var client = Client();

        using var response = await client.PostJsonAsync(
            "/api/v1/agents/1010/notify", new { text = "x", textColor = "red;background:url(x)", confetti = new { seconds = 60, particles = 0 } });

        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Single(problem.ErrorsFor("textColor"));
        Assert.Single(problem.ErrorsFor("confetti.seconds"));
        Assert.Single(problem.ErrorsFor("confetti.particles"));
    }
}
