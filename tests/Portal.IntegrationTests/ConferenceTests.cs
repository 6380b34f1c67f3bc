namespace Portal.IntegrationTests;

using Portal.Domain.Sessions;
using Portal.Infrastructure.Calls;
using Portal.Infrastructure.Sessions;

/// <summary>The conference line: 3-way calls, consultative transfers, park and dial, join, leave and hang up.</summary>
public sealed class ConferenceTests(DialOutcomesFactory factory) : IClassFixture<DialOutcomesFactory>
{
    private const string ThirdParty = "3125550160";

    private readonly CallControls _controls = factory.Get<CallControls>();

    private Task<SessionSnapshot> WaitForThreeWayAsync(string agentUser) =>
        factory.WaitForSessionAsync(agentUser, s => s.Call is { } c && c.Has(CallFlags.ThreeWay), "the 3-way call");

    [Fact]
    public async Task Conference_with_the_customer_becomes_a_three_way_call_once_the_third_party_answers()
    {
        await factory.LogInOnAnsweredCallAsync("1001");

        var done = await _controls.DialConferenceAsync("1001", ThirdParty, withCustomer: true);

        Assert.True(done.Succeeded, done.Error);
        var session = await WaitForThreeWayAsync("1001");
        Assert.Equal(ThirdParty, session.Call!.ConferenceNumber);
        Assert.False(session.Call.Has(CallFlags.OnHold));
    }

    [Fact]
    public async Task Leaving_a_three_way_call_moves_the_agent_to_disposition_as_left_three_way()
    {
        await factory.LogInOnAnsweredCallAsync("1002");
        await _controls.DialConferenceAsync("1002", ThirdParty, withCustomer: true);
        await WaitForThreeWayAsync("1002");

        var done = await _controls.LeaveThreeWayAsync("1002");

        Assert.True(done.Succeeded, done.Error);
        var session = factory.Session("1002")!;
        Assert.Equal(AgentState.Dispo, session.State);
        Assert.Equal(CallEndReason.LeftThreeWay, session.Call!.EndReason);
        Assert.Null(session.Call.ConferenceNumber);
    }

    [Fact]
    public async Task Leaving_without_a_three_way_call_is_refused()
    {
        await factory.LogInOnAnsweredCallAsync("1003");

        var done = await _controls.LeaveThreeWayAsync("1003");

        Assert.Equal("There is no 3-way call to leave.", done.Error);
        Assert.Equal(AgentState.InCall, factory.Session("1003")!.State);
    }

    [Fact]
    public async Task Consultative_dial_puts_the_customer_on_hold_while_the_line_is_up()
    {
        await factory.LogInOnAnsweredCallAsync("1004");

        var done = await _controls.DialConferenceAsync("1004", ThirdParty, withCustomer: false);

        Assert.True(done.Succeeded, done.Error);
        var call = factory.Session("1004")!.Call!;
        Assert.True(call.Has(CallFlags.OnHold));
        Assert.Equal(ThirdParty, call.ConferenceNumber);
    }

    [Fact]
    public async Task Hanging_up_the_transfer_line_takes_the_customer_off_hold()
    {
        await factory.LogInOnAnsweredCallAsync("1005");
        await _controls.DialConferenceAsync("1005", ThirdParty, withCustomer: false);

        var done = await _controls.HangUpConferenceLineAsync("1005");

        Assert.True(done.Succeeded, done.Error);
        var session = factory.Session("1005")!;
        Assert.Equal(AgentState.InCall, session.State);
        Assert.Null(session.Call!.ConferenceNumber);
        Assert.False(session.Call.Has(CallFlags.OnHold));
    }

    [Fact]
    public async Task Hanging_up_the_transfer_line_ends_a_three_way_call()
    {
        await factory.LogInOnAnsweredCallAsync("1006");
        await _controls.DialConferenceAsync("1006", ThirdParty, withCustomer: true);
        await WaitForThreeWayAsync("1006");

        await _controls.HangUpConferenceLineAsync("1006");

        var call = factory.Session("1006")!.Call!;
        Assert.False(call.Has(CallFlags.ThreeWay));
        Assert.Null(call.ConferenceNumber);
    }

    [Fact]
    public async Task Hanging_up_the_transfer_line_without_one_is_refused()
    {
        await factory.LogInOnAnsweredCallAsync("1007");

        var done = await _controls.HangUpConferenceLineAsync("1007");

        Assert.Equal("There is no transfer line to hang up.", done.Error);
    }

    [Fact]
    public async Task Dialling_a_second_transfer_line_is_refused()
    {
        await factory.LogInOnAnsweredCallAsync("1008");
        await _controls.DialConferenceAsync("1008", ThirdParty, withCustomer: true);

        var done = await _controls.DialConferenceAsync("1008", "3125550161", withCustomer: true);

        Assert.Equal("Hang up the transfer line first.", done.Error);
        Assert.Equal(ThirdParty, factory.Session("1008")!.Call!.ConferenceNumber);
    }

    [Fact]
    public async Task Dialling_an_invalid_transfer_number_is_refused()
    {
        await factory.LogInOnAnsweredCallAsync("1009");

        var done = await _controls.DialConferenceAsync("1009", "1a2", withCustomer: true);

        Assert.Equal("Enter a phone number of 3 to 18 digits.", done.Error);
        Assert.Null(factory.Session("1009")!.Call!.ConferenceNumber);
    }

    [Fact]
    public async Task Joining_a_consulted_third_party_makes_a_three_way_call_with_the_customer_off_hold()
    {
        await factory.LogInOnAnsweredCallAsync("1010");
        await _controls.DialConferenceAsync("1010", ThirdParty, withCustomer: false);

        var done = await _controls.JoinConferenceAsync("1010");

        Assert.True(done.Succeeded, done.Error);
        var call = factory.Session("1010")!.Call!;
        Assert.True(call.Has(CallFlags.ThreeWay));
        Assert.False(call.Has(CallFlags.OnHold));
    }

    [Fact]
    public async Task Joining_without_a_transfer_line_is_refused()
    {
        await factory.LogInOnAnsweredCallAsync("1011");

        var done = await _controls.JoinConferenceAsync("1011");

        Assert.Equal("There is no transfer line to join.", done.Error);
    }

    [Fact]
    public async Task Park_and_dial_parks_the_customer_and_opens_the_line_without_hold()
    {
        await factory.LogInOnAnsweredCallAsync("1012");

        var done = await _controls.ParkAndDialAsync("1012", ThirdParty);

        Assert.True(done.Succeeded, done.Error);
        var call = factory.Session("1012")!.Call!;
        Assert.True(call.Has(CallFlags.Parked));
        Assert.False(call.Has(CallFlags.OnHold));
        Assert.Equal(ThirdParty, call.ConferenceNumber);
    }

    [Fact]
    public async Task Joining_after_park_and_dial_grabs_the_customer_back()
    {
        await factory.LogInOnAnsweredCallAsync("1013");
        await _controls.ParkAndDialAsync("1013", ThirdParty);

        await _controls.JoinConferenceAsync("1013");

        var call = factory.Session("1013")!.Call!;
        Assert.False(call.Has(CallFlags.Parked));
        Assert.True(call.Has(CallFlags.ThreeWay));
    }

    [Fact]
    public async Task Hanging_up_both_lines_ends_the_call()
    {
        var onCall = await factory.LogInOnAnsweredCallAsync("1014");
        await _controls.DialConferenceAsync("1014", ThirdParty, withCustomer: true);

        var done = await _controls.HangUpBothLinesAsync("1014");

        Assert.True(done.Succeeded, done.Error);
        var session = factory.Session("1014")!;
        Assert.Equal(AgentState.Dispo, session.State);
        Assert.Equal(CallEndReason.AgentHangup, session.Call!.EndReason);
        Assert.Null(session.Call.ConferenceNumber);
        Assert.Null(factory.Get<CallRegistry>().Find(onCall.Call!.CallId));
    }

    [Fact]
    public async Task Unanswered_transfer_line_is_cleared_and_the_agent_told()
    {
        await using var noAnswer = new TunedPortalFactory(
            ($"Telephony:Simulator:FixedOutcomes:{DialOutcomesFactory.AnswerNumber}", "Answer"),
            ("Telephony:Simulator:ConferenceAnswerOdds", "0"));
        await noAnswer.LogInOnAnsweredCallAsync("1001");
        var told = new TaskCompletionSource<NotificationReceived>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var watch = noAnswer.Get<SessionEventBus>().SubscribeAgent("1001", change =>
        {
            foreach (var e in change.Events.OfType<NotificationReceived>())
            {
                told.TrySetResult(e);
            }
        });

        await noAnswer.Get<CallControls>().DialConferenceAsync("1001", ThirdParty, withCustomer: true);

        var notice = await told.Task.WaitAsync(Eventually.DefaultTimeout);
        Assert.Equal($"The transfer line {ThirdParty} did not answer.", notice.Notification.Text);
        var call = noAnswer.Session("1001")!.Call!;
        Assert.Null(call.ConferenceNumber);
        Assert.False(call.Has(CallFlags.ThreeWay));
    }
}
