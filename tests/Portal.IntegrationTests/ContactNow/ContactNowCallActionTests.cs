namespace Portal.IntegrationTests.ContactNow;

using Microsoft.EntityFrameworkCore;
using Portal.Domain.Sessions;
using Portal.Infrastructure.Calls;

/// <summary>/agent.php actions on the agent's call: recording pause/unpause, hangup, hangupready and manual_dial.</summary>
public sealed class ContactNowCallActionTests(ContactNowFactory factory) : IClassFixture<ContactNowFactory>
{
    private const string Answers = DialOutcomesFactory.AnswerNumber;

    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Pause_and_unpause_stop_and_continue_the_calls_recording()
    {
        var callId = (await factory.LogInOnAnsweredCallAsync("1001")).Call!.CallId;
        var token = await _client.NewTokenAsync();

        (await _client.AgentAsync(token, "unpause", "1001")).Succeeded();
        Assert.True(factory.CallOf("1001").Has(CallFlags.Recording));

        (await _client.AgentXmlAsync(token, "pause", "1001")).Succeeded();
        Assert.False(factory.CallOf("1001").Has(CallFlags.Recording));

        (await _client.AgentAsync(token, "unpause", "1001")).Succeeded();
        Assert.True(factory.CallOf("1001").Has(CallFlags.Recording));
        var recordings = await factory.QueryAsync(db => db.Recordings.AsNoTracking().Where(r => r.CallId == callId).OrderBy(r => r.StartedAt).ToListAsync());
        Assert.Equal(2, recordings.Count);
        Assert.NotNull(recordings[0].EndedAt);
        Assert.Null(recordings[1].EndedAt);
    }

    [Fact]
    public async Task Pause_without_a_running_recording_and_unpause_while_recording_are_refused()
    {
        await factory.LogInOnAnsweredCallAsync("1002");
        var token = await _client.NewTokenAsync();

        var pause = await _client.AgentXmlAsync(token, "pause", "1002");
        await _client.AgentAsync(token, "unpause", "1002");
        var unpause = await _client.AgentAsync(token, "unpause", "1002");

        pause.Failed("the call is not being recorded");
        unpause.Failed("the call is already being recorded");
    }

    [Theory]
    [InlineData("pause")]
    [InlineData("unpause")]
    public async Task Recording_actions_need_a_live_call(string action)
    {
        if (factory.Session("1003") is null)
        {
            await factory.LogInAsync("1003");
        }

        var token = await _client.NewTokenAsync();

        (await _client.AgentAsync(token, action, "1003")).Failed(Refusal.NotOnCall.Reason);
    }

    [Fact]
    public async Task Hangup_sends_the_agent_to_the_disposition_screen()
    {
        await factory.LogInOnAnsweredCallAsync("1004");
        var token = await _client.NewTokenAsync();

        (await _client.AgentAsync(token, "hangup", "1004")).Succeeded();

        Assert.Equal(AgentState.Dispo, factory.Session("1004")?.State);
    }

    [Fact]
    public async Task Hangup_with_a_status_in_xml_proposes_it_on_the_disposition_screen_without_applying_it()
    {
        var callId = (await factory.LogInOnAnsweredCallAsync("1005")).Call!.CallId;
        var token = await _client.NewTokenAsync();

        (await _client.AgentXmlAsync(token, "hangup", "1005", ("data", "SALE"))).Succeeded();

        Assert.Equal(AgentState.Dispo, factory.Session("1005")?.State);
        Assert.Equal("SALE", factory.Get<SuggestedDispositions>().For("1005", callId));
    }

    [Fact]
    public async Task Hangup_with_a_status_the_agent_cannot_choose_is_refused_and_the_call_stays_up()
    {
        await factory.LogInOnAnsweredCallAsync("1006");
        var token = await _client.NewTokenAsync();

        (await _client.AgentAsync(token, "hangup", "1006", ("data", "ZZZ"))).Failed("ZZZ is not a status agent 1006 can choose");

        Assert.Equal(AgentState.InCall, factory.Session("1006")?.State);
    }

    [Fact]
    public async Task Hangup_without_a_call_is_refused()
    {
        await factory.LogInAsync("1007");
        var token = await _client.NewTokenAsync();

        (await _client.AgentXmlAsync(token, "hangup", "1007")).Failed(Refusal.NotOnCall.Reason);
    }

    [Fact]
    public async Task Hangupready_dispositions_the_call_and_makes_the_agent_available()
    {
        // A manual dial would return the agent to pause after its disposition; hangupready means available.
        await factory.LogInOnAnsweredCallAsync("1008");
        var token = await _client.NewTokenAsync();

        (await _client.AgentAsync(token, "hangupready", "1008", ("data", "SALE"))).Succeeded();

        var session = factory.Session("1008");
        Assert.Equal(AgentState.Ready, session?.State);
        Assert.Null(session?.Call);
    }

    [Fact]
    public async Task Hangupready_in_xml_during_wrap_up_dispositions_and_makes_the_agent_available()
    {
        await factory.LogInToDispositionAsync("1009");
        var token = await _client.NewTokenAsync();

        (await _client.AgentXmlAsync(token, "hangupready", "1009", ("data", "NI"))).Succeeded();

        Assert.Equal(AgentState.Ready, factory.Session("1009")?.State);
    }

    [Theory]
    [InlineData("", "data is required: the disposition code")]
    [InlineData("CALLBK", "CALLBK is a scheduled callback")]
    [InlineData("ZZZ", "ZZZ is not a status agent 1010 can choose")]
    public async Task Hangupready_refuses_a_missing_or_unusable_status_and_leaves_the_call_up(string status, string error)
    {
        if (factory.Session("1010") is null)
        {
            await factory.LogInOnAnsweredCallAsync("1010");
        }

        var token = await _client.NewTokenAsync();

        (await _client.AgentAsync(token, "hangupready", "1010", ("data", status))).Failed(error);

        Assert.Equal(AgentState.InCall, factory.Session("1010")?.State);
    }

    [Fact]
    public async Task Hangupready_without_a_call_is_refused()
    {
        await factory.LogInAsync("1011");
        var token = await _client.NewTokenAsync();

        (await _client.AgentAsync(token, "hangupready", "1011", ("data", "SALE"))).Failed(Refusal.NotOnCall.Reason);
    }

    [Fact]
    public async Task Manual_dial_places_the_call_and_answers_its_id_as_the_key()
    {
        await factory.LogInAsync("1012");
        var token = await _client.NewTokenAsync();

        var reply = (await _client.AgentAsync(token, "manual_dial", "1012", ("data", Answers), ("qid", "TESTCAMP"))).Succeeded();

        var session = await factory.WaitForSessionAsync("1012", s => s is { State: AgentState.InCall, Call: { } c } && !c.Has(CallFlags.Ringing), "the answered call");
        Assert.Equal(session.Call!.CallId, reply["key"]);
        Assert.Equal(Answers, session.Call.PhoneNumber);
    }

    [Fact]
    public async Task Manual_dial_in_xml_on_an_in_group_places_the_call_for_that_in_group()
    {
        await factory.LogInAsync("1013");
        var token = await _client.NewTokenAsync();

        var reply = (await _client.AgentXmlAsync(token, "manual_dial", "1013", ("data", DialOutcomesFactory.OtherAnswerNumber), ("qid", "SALESLINE"))).Succeeded();

        var call = factory.CallOf("1013");
        Assert.Equal("SALESLINE", call.InGroupId);
        Assert.Equal(call.CallId, reply["key"]);
    }

    [Theory]
    [InlineData("", "TESTCAMP", "", "data is required: the number to dial")]
    [InlineData("12", "TESTCAMP", "", "data 12 is not a number of 3 to 18 digits")]
    [InlineData(Answers, "", "", "qid is required")]
    [InlineData(Answers, "INBOUND", "", "qid INBOUND is neither campaign TESTCAMP of agent 1014 nor one of its in-groups")]
    [InlineData(Answers, "NOPE", "", "qid NOPE is neither campaign TESTCAMP")]
    [InlineData(Answers, "TESTCAMP", "x1", "callerid x1 is not a number of 3 to 18 digits")]
    [InlineData(Answers, "TESTCAMP", "3125550199", "callerid is not allowed on this system")]
    public async Task Manual_dial_refuses_bad_arguments(string number, string qid, string callerId, string error)
    {
        if (factory.Session("1014") is null)
        {
            await factory.LogInAsync("1014");
        }

        var token = await _client.NewTokenAsync();

        (await _client.AgentAsync(token, "manual_dial", "1014", ("data", number), ("qid", qid), ("callerid", callerId))).Failed(error);

        Assert.Equal(AgentState.Paused, factory.Session("1014")?.State);
    }

    [Fact]
    public async Task Manual_dial_for_an_agent_who_is_not_paused_is_refused()
    {
        await factory.LogInReadyAsync("1015");
        var token = await _client.NewTokenAsync();

        (await _client.AgentAsync(token, "manual_dial", "1015", ("data", Answers), ("qid", "TESTCAMP"))).Failed("Pause first");
    }

    [Fact]
    public async Task Manual_dial_presents_the_callerid_where_the_system_allows_api_caller_ids()
    {
        using var allowing = new ContactNowFactory { AllowCallerIds = true };
        await allowing.InitializeAsync();
        await allowing.LogInAsync("1001");
        var client = allowing.CreateClient();
        var token = await client.NewTokenAsync();

        var reply = (await client.AgentAsync(token, "manual_dial", "1001", ("data", Answers), ("qid", "TESTCAMP"), ("callerid", "3125550199"))).Succeeded();

        var originated = Assert.Single(allowing.Telephony.Originated, o => o.CallId == reply["key"]);
        Assert.Equal("3125550199", originated.CallerId);
    }
}
