namespace Portal.IntegrationTests.ContactNow;

using Microsoft.EntityFrameworkCore;
using Portal.Domain.Sessions;

/// <summary>/agent.php actions that change an agent's availability: agent_dial, ready, wrap and logout, in JSON and XML.</summary>
public sealed class ContactNowAgentStateTests(ContactNowFactory factory) : IClassFixture<ContactNowFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Agent_dial_logs_the_agent_in_paused_on_the_number_rung()
    {
        var token = await _client.NewTokenAsync();

        var reply = await _client.AgentAsync(token, "agent_dial", "1001", ("data", "3125551001"), ("callerid", "3125550000"), ("raw", "1"));

        reply.Succeeded();
        Assert.Equal("1", reply["total"]);
        var session = factory.Session("1001");
        Assert.Equal(AgentState.Paused, session?.State);
        Assert.Equal("LOGIN", session?.PauseCode);
        Assert.Equal("3125551001", session?.PhoneLogin);

        // Never logged in before: the first of the agent's campaigns by id.
        Assert.Equal("INBOUND", session?.CampaignId);
    }

    [Fact]
    public async Task Agent_dial_in_xml_logs_in_to_the_campaign_asked_for()
    {
        var token = await _client.NewTokenAsync();

        var reply = await _client.AgentXmlAsync(token, "agent_dial", "1002", ("data", "1002"), ("campaign", "TESTCAMP"));

        reply.Succeeded();
        Assert.Contains("<success>1</success>", reply.Body, StringComparison.Ordinal);
        Assert.Equal("TESTCAMP", factory.Session("1002")?.CampaignId);
    }

    [Fact]
    public async Task Agent_dial_without_a_campaign_returns_the_agent_to_their_last_campaign()
    {
        await factory.LogInAsync("1003", "TESTCAMP");
        await factory.SendAsync("1003", new LogOut());
        var token = await _client.NewTokenAsync();

        var reply = await _client.AgentAsync(token, "agent_dial", "1003", ("data", "1003"));

        reply.Succeeded();
        Assert.Equal("TESTCAMP", factory.Session("1003")?.CampaignId);
    }

    [Theory]
    [InlineData("", "", "", "data is required")]
    [InlineData("12 34", "", "", "data 12 34 is not a phone number or extension")]
    [InlineData("1004", "NOPE", "", "agent 1004 may not log in to campaign NOPE")]
    [InlineData("1004", "", "abc", "callerid abc is not a number of 3 to 18 digits")]
    public async Task Agent_dial_refuses_bad_arguments_in_xml(string data, string campaign, string callerId, string error)
    {
        var token = await _client.NewTokenAsync();

        var reply = await _client.AgentXmlAsync(token, "agent_dial", "1004", ("data", data), ("campaign", campaign), ("callerid", callerId));

        reply.Failed(error);
        Assert.Contains("<success>0</success>", reply.Body, StringComparison.Ordinal);
        Assert.Null(factory.Session("1004"));
    }

    [Fact]
    public async Task Agent_dial_for_an_agent_already_logged_in_is_refused()
    {
        await factory.LogInAsync("1005");
        var token = await _client.NewTokenAsync();

        var reply = await _client.AgentAsync(token, "agent_dial", "1005", ("data", "1005"));

        reply.Failed(Refusal.AlreadyLoggedIn.Reason);
    }

    [Fact]
    public async Task Ready_makes_a_paused_agent_available_and_then_is_refused()
    {
        await factory.LogInAsync("1006");
        var token = await _client.NewTokenAsync();

        var ready = await _client.AgentAsync(token, "ready", "1006");
        var again = await _client.AgentXmlAsync(token, "ready", "1006");

        ready.Succeeded();
        Assert.Equal(AgentState.Ready, factory.Session("1006")?.State);
        again.Failed(Refusal.NotPaused.Reason);
    }

    [Fact]
    public async Task Wrap_pauses_a_ready_agent()
    {
        await factory.LogInReadyAsync("1007");
        var token = await _client.NewTokenAsync();

        (await _client.AgentAsync(token, "wrap", "1007")).Succeeded();

        Assert.Equal(AgentState.Paused, factory.Session("1007")?.State);
    }

    [Fact]
    public async Task Wrap_with_a_pause_code_in_xml_pauses_with_that_code()
    {
        await factory.LogInReadyAsync("1008");
        var token = await _client.NewTokenAsync();

        (await _client.AgentXmlAsync(token, "wrap", "1008", ("data", "BREAK"))).Succeeded();

        Assert.Equal("PAUSED BREAK", factory.Session("1008")?.StateText);
    }

    [Fact]
    public async Task Wrap_with_an_unknown_pause_code_is_refused()
    {
        await factory.LogInReadyAsync("1009");
        var token = await _client.NewTokenAsync();

        var reply = await _client.AgentAsync(token, "wrap", "1009", ("data", "NOPE"));

        reply.Failed("NOPE is not a pause code of campaign TESTCAMP");
        Assert.Equal(AgentState.Ready, factory.Session("1009")?.State);
    }

    [Fact]
    public async Task Wrap_on_a_call_hangs_up_into_wrap_up_with_a_pause_to_follow()
    {
        await factory.LogInOnAnsweredCallAsync("1010");
        var token = await _client.NewTokenAsync();

        (await _client.AgentAsync(token, "wrap", "1010")).Succeeded();

        var session = factory.Session("1010");
        Assert.Equal(AgentState.Dispo, session?.State);
        Assert.True(session?.PauseAfterDispo);
    }

    [Fact]
    public async Task Wrap_on_a_call_with_a_status_in_xml_dispositions_it_and_pauses()
    {
        var callId = (await factory.LogInOnAnsweredCallAsync("1011")).Call!.CallId;
        var token = await _client.NewTokenAsync();

        (await _client.AgentXmlAsync(token, "wrap", "1011", ("data", "SALE"))).Succeeded();

        Assert.Equal(AgentState.Paused, factory.Session("1011")?.State);
        var logged = await Eventually.UntilAsync(
            () => factory.QueryAsync(db => db.CallLog.Where(c => c.CallId == callId).Select(c => c.Status).FirstOrDefaultAsync()),
            status => status is not null, "the call's status in the call log");
        Assert.Equal("SALE", logged);
    }

    [Fact]
    public async Task Wrap_with_a_status_the_agent_cannot_choose_is_refused_and_the_call_stays_up()
    {
        await factory.LogInOnAnsweredCallAsync("1012");
        var token = await _client.NewTokenAsync();

        var reply = await _client.AgentAsync(token, "wrap", "1012", ("data", "ZZZ"));

        reply.Failed("ZZZ is not a status agent 1012 can choose in campaign TESTCAMP");
        Assert.Equal(AgentState.InCall, factory.Session("1012")?.State);
    }

    [Fact]
    public async Task Logout_ends_a_paused_session()
    {
        await factory.LogInAsync("1013");
        var token = await _client.NewTokenAsync();

        (await _client.AgentAsync(token, "logout", "1013")).Succeeded();

        Assert.Null(factory.Session("1013"));
    }

    [Fact]
    public async Task Logout_in_xml_during_a_call_waits_for_the_disposition()
    {
        await factory.LogInOnAnsweredCallAsync("1014");
        var token = await _client.NewTokenAsync();

        (await _client.AgentXmlAsync(token, "logout", "1014")).Succeeded();

        var session = factory.Session("1014");
        Assert.Equal(AgentState.InCall, session?.State);
        Assert.True(session?.LogoutAfterDispo);
    }
}
