namespace Portal.IntegrationTests;

using Portal.Domain.Sessions;
using Portal.Infrastructure.Calls;

/// <summary>
/// transfer_conference through /agc/api.php (contract §3.23). A transferred customer goes to whichever READY agent may
/// take them, so each test starts with no agents and no waiting calls.
/// </summary>
public sealed class TransferConferenceApiTests(CallFunctionsFactory factory) : IClassFixture<CallFunctionsFactory>, IAsyncLifetime
{
    private const string ThirdParty = "3125550150";

    private readonly HttpClient _client = factory.CreateClient();

    private Task<ApiReply> TransferAsync(params (string Name, string Value)[] parameters) => _client.CallAsync("transfer_conference", parameters);

    [Fact]
    public async Task Transfer_conference_with_a_value_shorter_than_eight_characters_is_not_valid()
    {
        var reply = await TransferAsync(("agent_user", "1001"), ("value", "HANGUP"));

        Assert.Equal("ERROR: transfer_conference not valid - HANGUP|1001\n", reply.Body);
    }

    [Fact]
    public async Task Transfer_conference_for_an_agent_who_is_not_logged_in_is_refused()
    {
        var reply = await TransferAsync(("agent_user", "1099"), ("value", "HANGUP_BOTH"));

        Assert.Equal("ERROR: agent_user is not logged in - 1099\n", reply.Body);
    }

    [Fact]
    public async Task Transfer_conference_without_a_live_call_is_refused()
    {
        await factory.LogInAsync("1001");

        var reply = await TransferAsync(("agent_user", "1001"), ("value", "HANGUP_BOTH"));

        Assert.Equal("ERROR: agent_user does not have a live call - 1001\n", reply.Body);
    }

    [Fact]
    public async Task Transfer_conference_with_an_unknown_command_prints_the_api_user()
    {
        await factory.LogInOnAnsweredCallAsync("1001");

        var reply = await TransferAsync(("agent_user", "1001"), ("value", "XYZFUNCTION"));

        Assert.Equal("ERROR: value is not valid - XYZFUNCTION|api\n", reply.Body);
    }

    [Fact]
    public async Task Blind_transfer_sends_the_customer_away_and_the_agent_to_disposition()
    {
        var callId = (await factory.LogInOnAnsweredCallAsync("1001")).Call!.CallId;

        var (reply, rows) = await factory.CallAuditedAsync(
            _client, "transfer_conference", 1, ("agent_user", "1001"), ("value", "BLIND_TRANSFER"), ("phone_number", ThirdParty));

        Assert.Equal($"SUCCESS: transfer_conference function set - BLIND_TRANSFER||{ThirdParty}|NO|1001|{callId}|\n", reply.Body);
        var session = factory.Session("1001")!;
        Assert.Equal((AgentState.Dispo, CallEndReason.Transferred), (session.State, session.Call!.EndReason));
        var row = Assert.Single(rows);
        Assert.Equal(("SUCCESS", "transfer_conference function set", "BLIND_TRANSFER", callId), (row.Result, row.ResultReason, row.Value, row.Data));
    }

    [Fact]
    public async Task Blind_transfer_to_a_number_that_cannot_be_dialled_is_refused()
    {
        await factory.LogInOnAnsweredCallAsync("1001");

        var reply = await TransferAsync(("agent_user", "1001"), ("value", "BLIND_TRANSFER"), ("phone_number", "12"));

        Assert.Equal("ERROR: phone_number is not valid - 12\n", reply.Body);
        Assert.Equal(AgentState.InCall, factory.Session("1001")!.State);
    }

    [Theory]
    [InlineData("", "ERROR: ingroup is not valid - \n")]
    [InlineData("NOPE", "ERROR: ingroup is not valid - NOPE\n")]
    public async Task Local_closer_to_a_missing_or_unknown_in_group_is_refused(string inGroup, string expected)
    {
        await factory.LogInOnAnsweredCallAsync("1001");

        var reply = await TransferAsync(("agent_user", "1001"), ("value", "LOCAL_CLOSER"), ("ingroup_choices", inGroup));

        Assert.Equal(expected, reply.Body);
        Assert.Equal(AgentState.InCall, factory.Session("1001")!.State);
    }

    [Fact]
    public async Task Local_closer_queues_the_customer_in_the_in_group()
    {
        var callId = (await factory.LogInOnAnsweredCallAsync("1001")).Call!.CallId;

        var reply = await TransferAsync(("agent_user", "1001"), ("value", "LOCAL_CLOSER"), ("ingroup_choices", "SUPPORT"));

        Assert.Equal($"SUCCESS: transfer_conference function set - LOCAL_CLOSER|SUPPORT||NO|1001|{callId}|\n", reply.Body);
        Assert.Equal(AgentState.Dispo, factory.Session("1001")!.State);
        Assert.Equal("SUPPORT", factory.Get<CallRouter>().Waiting().Single(c => c.CallId == callId).InGroupId);
    }

    [Fact]
    public async Task Local_closer_to_the_default_in_group_uses_the_campaign_first_in_group_for_an_outbound_call()
    {
        var callId = (await factory.LogInOnAnsweredCallAsync("1001")).Call!.CallId;

        var reply = await TransferAsync(("agent_user", "1001"), ("value", "LOCAL_CLOSER"), ("ingroup_choices", "DEFAULTINGROUP"));

        Assert.Equal($"SUCCESS: transfer_conference function set - LOCAL_CLOSER|SALESLINE||NO|1001|{callId}|\n", reply.Body);
    }

    [Fact]
    public async Task Local_closer_agentdirect_queues_the_customer_for_the_named_agent()
    {
        var callId = (await factory.LogInOnAnsweredCallAsync("1001")).Call!.CallId;
        await factory.LogInAsync("1002");

        var reply = await TransferAsync(("agent_user", "1001"), ("value", "LOCAL_CLOSER"), ("ingroup_choices", "AGENTDIRECT"), ("phone_number", "1002"));

        Assert.Equal($"SUCCESS: transfer_conference function set - LOCAL_CLOSER|AGENTDIRECT|1002|NO|1001|{callId}|\n", reply.Body);
        Assert.Equal("1002", factory.Get<CallRouter>().Waiting().Single(c => c.CallId == callId).TargetAgent);
    }

    [Fact]
    public async Task Local_closer_agentdirect_to_an_agent_who_is_not_logged_in_is_refused()
    {
        await factory.LogInOnAnsweredCallAsync("1001");

        var reply = await TransferAsync(("agent_user", "1001"), ("value", "LOCAL_CLOSER"), ("ingroup_choices", "AGENTDIRECT"), ("phone_number", "1099"));

        Assert.Equal("ERROR: phone_number is not valid - 1099\n", reply.Body);
        Assert.Equal(AgentState.InCall, factory.Session("1001")!.State);
    }

    [Fact]
    public async Task Consultative_dial_with_customer_to_an_in_group_is_a_local_closer_transfer()
    {
        var callId = (await factory.LogInOnAnsweredCallAsync("1001")).Call!.CallId;

        var reply = await TransferAsync(
            ("agent_user", "1001"), ("value", "DIAL_WITH_CUSTOMER"), ("ingroup_choices", "SUPPORT"), ("consultative", "YES"));

        Assert.Equal($"SUCCESS: transfer_conference function set - DIAL_WITH_CUSTOMER|SUPPORT||YES|1001|{callId}|\n", reply.Body);
        Assert.Equal("SUPPORT", factory.Get<CallRouter>().Waiting().Single(c => c.CallId == callId).InGroupId);
    }

    [Fact]
    public async Task Dial_with_customer_brings_the_third_party_into_a_3_way_call()
    {
        var callId = (await factory.LogInOnAnsweredCallAsync("1001")).Call!.CallId;

        var reply = await TransferAsync(("agent_user", "1001"), ("value", "DIAL_WITH_CUSTOMER"), ("phone_number", ThirdParty));

        Assert.Equal($"SUCCESS: transfer_conference function set - DIAL_WITH_CUSTOMER||{ThirdParty}|NO|1001|{callId}|\n", reply.Body);
        Assert.Equal(ThirdParty, factory.CallOf("1001").ConferenceNumber);
        await factory.WaitForSessionAsync("1001", s => s.Call!.Has(CallFlags.ThreeWay), "the third party to join");
    }

    [Fact]
    public async Task Dial_with_customer_while_a_transfer_line_is_up_reports_the_3_way_call()
    {
        await factory.LogInInThreeWayAsync("1001");

        var reply = await TransferAsync(("agent_user", "1001"), ("value", "DIAL_WITH_CUSTOMER"), ("phone_number", "3125550151"));

        Assert.Equal("ERROR: agent_user has current active 3-way call - 1001|1|0|\n", reply.Body);
    }

    [Fact]
    public async Task Tw_check_refuses_any_command_while_a_transfer_line_is_up()
    {
        await factory.LogInInThreeWayAsync("1001");

        var (reply, rows) = await factory.CallAuditedAsync(
            _client, "transfer_conference", 1, ("agent_user", "1001"), ("value", "HANGUP_BOTH"), ("tw_check", "YES"), ("close_window_link", "1"));

        Assert.Equal("ERROR: agent_user has current active 3-way call - 1001|1|0|YES\n", reply.Body);
        Assert.Equal("1|0|YES", Assert.Single(rows).Data);
        Assert.Equal(AgentState.InCall, factory.Session("1001")!.State);
    }

    [Fact]
    public async Task Park_customer_dial_parks_the_customer_and_dials_the_third_party()
    {
        await factory.LogInOnAnsweredCallAsync("1001");

        var reply = await TransferAsync(("agent_user", "1001"), ("value", "PARK_CUSTOMER_DIAL"), ("phone_number", ThirdParty));

        Assert.StartsWith("SUCCESS: transfer_conference function set - PARK_CUSTOMER_DIAL|", reply.Body, StringComparison.Ordinal);
        var call = factory.CallOf("1001");
        Assert.True(call.Has(CallFlags.Parked));
        Assert.Equal(ThirdParty, call.ConferenceNumber);
    }

    [Fact]
    public async Task Park_customer_dial_to_a_number_that_cannot_be_dialled_leaves_the_customer_unparked()
    {
        await factory.LogInOnAnsweredCallAsync("1001");

        var reply = await TransferAsync(("agent_user", "1001"), ("value", "PARK_CUSTOMER_DIAL"), ("phone_number", "1"));

        Assert.Equal("ERROR: phone_number is not valid - 1\n", reply.Body);
        Assert.False(factory.CallOf("1001").Has(CallFlags.Parked));
    }

    [Fact]
    public async Task Hangup_xfer_hangs_up_the_transfer_line()
    {
        await factory.LogInInThreeWayAsync("1001");

        var reply = await TransferAsync(("agent_user", "1001"), ("value", "HANGUP_XFER"));

        Assert.StartsWith("SUCCESS: transfer_conference function set - HANGUP_XFER||", reply.Body, StringComparison.Ordinal);
        var call = factory.CallOf("1001");
        Assert.Null(call.ConferenceNumber);
        Assert.False(call.Has(CallFlags.ThreeWay));
    }

    [Theory]
    [InlineData("HANGUP_XFER")]
    [InlineData("LEAVE_3WAY_CALL")]
    public async Task Hangup_xfer_or_leave_3way_without_a_transfer_line_is_not_valid(string value)
    {
        await factory.LogInOnAnsweredCallAsync("1001");

        var reply = await TransferAsync(("agent_user", "1001"), ("value", value));

        Assert.Equal($"ERROR: transfer_conference not valid - {value}|1001\n", reply.Body);
        Assert.Equal(AgentState.InCall, factory.Session("1001")!.State);
    }

    [Fact]
    public async Task Hangup_both_ends_the_call()
    {
        await factory.LogInInThreeWayAsync("1001");

        var reply = await TransferAsync(("agent_user", "1001"), ("value", "HANGUP_BOTH"));

        Assert.StartsWith("SUCCESS: transfer_conference function set - HANGUP_BOTH||", reply.Body, StringComparison.Ordinal);
        Assert.Equal(AgentState.Dispo, factory.Session("1001")!.State);
    }

    [Fact]
    public async Task Leave_3way_call_leaves_the_customer_with_the_third_party()
    {
        await factory.LogInInThreeWayAsync("1001");

        var reply = await TransferAsync(("agent_user", "1001"), ("value", "LEAVE_3WAY_CALL"));

        Assert.StartsWith("SUCCESS: transfer_conference function set - LEAVE_3WAY_CALL||", reply.Body, StringComparison.Ordinal);
        var session = factory.Session("1001")!;
        Assert.Equal((AgentState.Dispo, CallEndReason.LeftThreeWay), (session.State, session.Call!.EndReason));
    }

    [Fact]
    public async Task Leave_vm_plays_the_voicemail_message_and_moves_to_disposition()
    {
        var callId = (await factory.LogInOnAnsweredCallAsync("1001")).Call!.CallId;

        var reply = await TransferAsync(("agent_user", "1001"), ("value", "LEAVE_VM"));

        Assert.Equal($"SUCCESS: transfer_conference function set - LEAVE_VM|||NO|1001|{callId}|\n", reply.Body);
        Assert.Contains($"Play {callId} {CallControls.DefaultVoicemailMessage}", factory.Probe.Actions);
        Assert.Equal(AgentState.Dispo, factory.Session("1001")!.State);
    }

    [Fact]
    public async Task Group_alias_is_refused_because_portal_has_none()
    {
        await factory.LogInOnAnsweredCallAsync("1001");

        var (reply, rows) = await factory.CallAuditedAsync(
            _client, "transfer_conference", 1, ("agent_user", "1001"), ("value", "BLIND_TRANSFER"), ("phone_number", ThirdParty),
            ("group_alias", "ALIAS1"), ("close_window_link", "1"));

        Assert.Equal("ERROR: group_alias is not valid - 1001|ALIAS1\n", reply.Body);
        Assert.Equal("ALIAS1", Assert.Single(rows).Data);
        Assert.Equal(AgentState.InCall, factory.Session("1001")!.State);
    }

    [Fact]
    public async Task Cid_choice_that_is_not_a_known_choice_is_refused()
    {
        await factory.LogInOnAnsweredCallAsync("1001");

        var reply = await TransferAsync(
            ("agent_user", "1001"), ("value", "LOCAL_CLOSER"), ("ingroup_choices", "SUPPORT"), ("cid_choice", "NOPE"), ("close_window_link", "1"));

        Assert.Equal("ERROR: cid_choice is not valid - 1001|NOPE\n", reply.Body);
    }

    [Fact]
    public async Task Cid_choice_that_is_a_known_choice_is_accepted()
    {
        await factory.LogInOnAnsweredCallAsync("1001");

        var reply = await TransferAsync(("agent_user", "1001"), ("value", "BLIND_TRANSFER"), ("phone_number", ThirdParty), ("cid_choice", "CUSTOMER"));

        Assert.StartsWith("SUCCESS: transfer_conference function set - BLIND_TRANSFER|", reply.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Multi_dial_phones_are_counted_in_the_success_line()
    {
        var callId = (await factory.LogInOnAnsweredCallAsync("1001")).Call!.CallId;

        var (reply, rows) = await factory.CallAuditedAsync(
            _client, "transfer_conference", 1, ("agent_user", "1001"), ("value", "HANGUP_BOTH"),
            ("multi_dial_phones", "2125551212,2125551212,123,4075551212"));

        Assert.Equal($"SUCCESS: transfer_conference function set - HANGUP_BOTH|||NO|1001|{callId}|Multi-phones: 2 4 0|\n", reply.Body);
        Assert.Equal($"{callId}|Multi-phones: 2 4 0", Assert.Single(rows).Data);
    }

    [Fact]
    public async Task Transfer_conference_with_alt_user_acts_on_the_agent_with_that_crm_id()
    {
        await factory.LogInOnAnsweredCallAsync("1003");

        var reply = await TransferAsync(("alt_user", "CRM1003"), ("value", "HANGUP_BOTH"));

        Assert.StartsWith("SUCCESS: transfer_conference function set - HANGUP_BOTH|||NO|1003|", reply.Body, StringComparison.Ordinal);
        Assert.Equal(AgentState.Dispo, factory.Session("1003")!.State);
    }

    public Task InitializeAsync() => factory.ResetCallCenterAsync();

    public Task DisposeAsync() => factory.ResetCallCenterAsync();
}
