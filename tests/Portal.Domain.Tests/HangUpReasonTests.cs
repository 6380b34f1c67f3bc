namespace Portal.Domain.Tests;

using Portal.Domain.Sessions;

public sealed class HangUpReasonTests
{
    private const string ConferenceNumber = "3125550199";

    [Theory]
    [InlineData(CallEndReason.Busy)]
    [InlineData(CallEndReason.NoAnswer)]
    [InlineData(CallEndReason.Transferred)]
    [InlineData(CallEndReason.LeftThreeWay)]
    [InlineData(CallEndReason.Dropped)]
    public void HangUpCustomer_reports_the_reason_it_was_given(CallEndReason reason)
    {
        var agent = TestSession.In(AgentState.InCall);

        var ended = Expect.Event<CallEnded>(agent.Send(new HangUpCustomer(reason)));

        Assert.Equal(reason, ended.Reason);
        Assert.False(ended.ByCustomer);
    }

    [Theory]
    [InlineData(CallEndReason.AgentHangup)]
    [InlineData(CallEndReason.Busy)]
    [InlineData(CallEndReason.NoAnswer)]
    [InlineData(CallEndReason.Transferred)]
    [InlineData(CallEndReason.LeftThreeWay)]
    [InlineData(CallEndReason.SupervisorHangup)]
    [InlineData(CallEndReason.ApiHangup)]
    public void HangUpCustomer_keeps_the_reason_on_the_call_for_the_disposition_screen(CallEndReason reason)
    {
        var agent = TestSession.In(AgentState.InCall);

        agent.Send(new HangUpCustomer(reason));

        Assert.Equal(AgentState.Dispo, agent.Session.State);
        Assert.Equal(reason, agent.Session.Call!.EndReason);
    }

    [Fact]
    public void HangUpCustomer_without_a_reason_is_an_agent_hangup()
    {
        var agent = TestSession.In(AgentState.InCall);

        var ended = Expect.Event<CallEnded>(agent.Send(new HangUpCustomer()));

        Assert.Equal(CallEndReason.AgentHangup, ended.Reason);
        Assert.Equal(CallEndReason.AgentHangup, agent.Session.Call!.EndReason);
    }

    [Theory]
    [InlineData(CallEndReason.SupervisorHangup)]
    [InlineData(CallEndReason.ApiHangup)]
    public void A_supervisor_or_api_hangup_after_the_customer_left_is_a_customer_hangup(CallEndReason reason)
    {
        var agent = TestSession.In(AgentState.InCall).Then(new CustomerHungUp());

        var ended = Expect.Event<CallEnded>(agent.Send(new HangUpCustomer(reason)));

        Assert.Equal(CallEndReason.CustomerHangup, ended.Reason);
    }

    [Fact]
    public void HangUpCustomer_by_the_agent_after_the_customer_left_is_a_customer_hangup()
    {
        var agent = TestSession.In(AgentState.InCall).Then(new CustomerHungUp());

        var ended = Expect.Event<CallEnded>(agent.Send(new HangUpCustomer(CallEndReason.AgentHangup)));

        Assert.Equal(CallEndReason.CustomerHangup, ended.Reason);
        Assert.True(ended.ByCustomer);
        Assert.Equal(CallEndReason.CustomerHangup, agent.Session.Call!.EndReason);
    }

    [Fact]
    public void HangUpCustomer_with_another_reason_after_the_customer_left_keeps_that_reason()
    {
        var agent = TestSession.In(AgentState.InCall).Then(new CustomerHungUp());

        var ended = Expect.Event<CallEnded>(agent.Send(new HangUpCustomer(CallEndReason.Transferred)));

        Assert.Equal(CallEndReason.Transferred, ended.Reason);
        Assert.True(ended.ByCustomer);
    }

    [Fact]
    public void HangUpCustomer_clears_ringing_hold_and_mute_but_keeps_customer_gone()
    {
        var agent = TestSession.LogIn()
            .Then(new PlaceCall(TestSession.Call(CallDirection.Manual) with { Flags = CallFlags.Ringing }))
            .Then(new SetCallFlag(CallFlags.OnHold, On: true))
            .Then(new SetCallFlag(CallFlags.Muted, On: true))
            .Then(new CustomerHungUp());

        agent.Send(new HangUpCustomer(CallEndReason.NoAnswer));

        Assert.Equal(CallFlags.CustomerGone, agent.Session.Call!.Flags);
    }

    [Fact]
    public void HangUpCustomer_clears_the_conference_line()
    {
        var agent = TestSession.In(AgentState.InCall).Then(new SetConferenceLine(ConferenceNumber));

        agent.Send(new HangUpCustomer(CallEndReason.LeftThreeWay));

        Assert.Null(agent.Session.Call!.ConferenceNumber);
    }

    [Fact]
    public void HangUpCustomer_reports_the_call_as_it_was_before_it_ended()
    {
        var agent = TestSession.In(AgentState.InCall)
            .Then(new SetConferenceLine(ConferenceNumber))
            .Then(new SetCallFlag(CallFlags.ThreeWay, On: true))
            .Then(new SetCallFlag(CallFlags.Muted, On: true));
        var live = agent.Session.Call!;

        var ended = Expect.Event<CallEnded>(agent.Send(new HangUpCustomer(CallEndReason.LeftThreeWay)));

        Assert.Equal(live, ended.Call);
        Assert.Equal(ConferenceNumber, ended.Call.ConferenceNumber);
        Assert.Null(ended.Call.EndReason);
    }

    [Fact]
    public void HangUpCustomer_keeps_the_call_identity_for_the_disposition()
    {
        var agent = TestSession.In(AgentState.InCall);
        var live = agent.Session.Call!;

        agent.Send(new HangUpCustomer(CallEndReason.Busy));

        var wrapped = agent.Session.Call!;
        Assert.Equal((live.CallId, live.LeadId, live.PhoneNumber, live.StartedAt), (wrapped.CallId, wrapped.LeadId, wrapped.PhoneNumber, wrapped.StartedAt));
    }

    [Fact]
    public void Disposition_reports_the_end_reason_of_the_call()
    {
        var agent = TestSession.In(AgentState.InCall).Then(new HangUpCustomer(CallEndReason.Busy));

        var dispositioned = Expect.Event<CallDispositioned>(agent.Send(new Disposition("B")));

        Assert.Equal(CallEndReason.Busy, dispositioned.Call.EndReason);
    }
}
