namespace Portal.Domain.Tests;

using Portal.Domain.Sessions;

public sealed class CallFlowTests
{
    private static readonly TimeSpan Later = TimeSpan.FromSeconds(30);

    [Fact]
    public void OfferCall_to_ready_agent_moves_to_queue_with_the_call()
    {
        var agent = TestSession.In(AgentState.Ready);
        var call = TestSession.Call();

        var result = agent.Send(new OfferCall(call));

        Assert.Equal(AgentState.Queue, agent.Session.State);
        Assert.Equal(call, agent.Session.Call);
        Assert.Equal(new CallOffered(TestSession.Agent, agent.Now, call), Expect.Event<CallOffered>(result));
    }

    [Fact]
    public void OfferCall_reports_time_spent_ready()
    {
        var agent = TestSession.In(AgentState.Ready);
        var readySince = agent.Session.StateSince;

        var changed = Expect.Event<AgentStateChanged>(agent.SendAfter(Later, new OfferCall(TestSession.Call())));

        Assert.Equal(
            new AgentStateChanged(TestSession.Agent, agent.Now, AgentState.Queue, null, AgentState.Ready, null, readySince),
            changed);
        Assert.Equal(Later, changed.PreviousDuration);
    }

    [Theory]
    [InlineData(AgentState.Paused)]
    [InlineData(AgentState.Queue)]
    [InlineData(AgentState.InCall)]
    [InlineData(AgentState.Dispo)]
    public void OfferCall_when_not_ready_is_refused_as_not_ready(AgentState state)
    {
        var agent = TestSession.In(state);
        var callBefore = agent.Session.Call;

        var result = agent.Send(new OfferCall(TestSession.Call() with { CallId = "other" }));

        Expect.Refused(Refusal.NotReady, result);
        Assert.Equal("agent is not ready", result.Refusal!.Reason);
        Assert.Equal(callBefore, agent.Session.Call);
    }

    [Fact]
    public void ConnectCall_moves_offered_call_to_incall()
    {
        var agent = TestSession.In(AgentState.Queue);

        var result = agent.Send(new ConnectCall());

        Assert.Equal(AgentState.InCall, agent.Session.State);
        var changed = Expect.Event<AgentStateChanged>(result);
        Assert.Equal(AgentState.InCall, changed.State);
        Assert.Equal(AgentState.Queue, changed.PreviousState);
    }

    [Fact]
    public void ConnectCall_starts_the_call_clock_at_connection()
    {
        var agent = TestSession.In(AgentState.Queue);

        var connected = Expect.Event<CallConnected>(agent.SendAfter(Later, new ConnectCall()));

        Assert.Equal(agent.Now, agent.Session.Call!.StartedAt);
        Assert.Equal(new CallConnected(TestSession.Agent, agent.Now, agent.Session.Call), connected);
    }

    [Theory]
    [InlineData(AgentState.Paused)]
    [InlineData(AgentState.Ready)]
    [InlineData(AgentState.InCall)]
    [InlineData(AgentState.Dispo)]
    public void ConnectCall_without_offered_call_is_refused(AgentState state)
    {
        var agent = TestSession.In(state);

        var result = agent.Send(new ConnectCall());

        Expect.Refused(Refusal.NoCallOffered, result);
        Assert.Equal("no call is being delivered to the agent", result.Refusal!.Reason);
    }

    [Fact]
    public void WithdrawCall_returns_agent_to_ready()
    {
        var agent = TestSession.In(AgentState.Queue);

        var changed = Expect.Event<AgentStateChanged>(agent.Send(new WithdrawCall()));

        Assert.Equal(AgentState.Ready, agent.Session.State);
        Assert.Null(agent.Session.Call);
        Assert.Equal(AgentState.Queue, changed.PreviousState);
    }

    /// <summary>The call never reached the agent, so a manual campaign's pause-after-every-call does not apply.</summary>
    [Fact]
    public void WithdrawCall_in_manual_campaign_returns_agent_to_ready()
    {
        var agent = TestSession.In(AgentState.Queue, manualCampaign: true);

        agent.Send(new WithdrawCall());

        Assert.Equal(AgentState.Ready, agent.Session.State);
    }

    [Fact]
    public void WithdrawCall_with_pending_pause_pauses_agent_with_pending_code()
    {
        var agent = TestSession.In(AgentState.Queue).Then(new Pause("BREAK"));

        agent.Send(new WithdrawCall());

        Assert.Equal(AgentState.Paused, agent.Session.State);
        Assert.Equal("BREAK", agent.Session.PauseCode);
        Assert.False(agent.Session.PauseAfterDispo);
    }

    [Fact]
    public void WithdrawCall_with_pending_logout_ends_session()
    {
        var agent = TestSession.In(AgentState.Queue).Then(new LogOut());

        var loggedOut = Expect.Event<AgentLoggedOut>(agent.Send(new WithdrawCall()));

        Assert.True(agent.Session.IsLoggedOut);
        Assert.Equal(AgentState.Queue, loggedOut.LastState);
    }

    [Theory]
    [InlineData(AgentState.Paused)]
    [InlineData(AgentState.Ready)]
    [InlineData(AgentState.InCall)]
    [InlineData(AgentState.Dispo)]
    public void WithdrawCall_without_offered_call_is_refused(AgentState state)
    {
        var agent = TestSession.In(state);

        Expect.Refused(Refusal.NoCallOffered, agent.Send(new WithdrawCall()));
        Assert.Equal(state, agent.Session.State);
    }

    [Fact]
    public void PlaceCall_from_pause_puts_agent_on_the_call()
    {
        var agent = TestSession.LogIn();
        var call = TestSession.Call(CallDirection.Manual);

        var result = agent.SendAfter(Later, new PlaceCall(call));

        Assert.Equal(AgentState.InCall, agent.Session.State);
        Assert.Null(agent.Session.PauseCode);
        Assert.Equal(call with { StartedAt = agent.Now }, agent.Session.Call);
        Assert.Equal(new CallConnected(TestSession.Agent, agent.Now, call with { StartedAt = agent.Now }), Expect.Event<CallConnected>(result));
    }

    [Fact]
    public void PlaceCall_reports_the_pause_it_ended()
    {
        var agent = TestSession.LogIn();

        var changed = Expect.Event<AgentStateChanged>(agent.SendAfter(Later, new PlaceCall(TestSession.Call(CallDirection.Manual))));

        Assert.Equal(
            new AgentStateChanged(TestSession.Agent, agent.Now, AgentState.InCall, null, AgentState.Paused, "LOGIN", TestSession.Start),
            changed);
    }

    [Theory]
    [InlineData(AgentState.Ready)]
    [InlineData(AgentState.Queue)]
    [InlineData(AgentState.InCall)]
    [InlineData(AgentState.Dispo)]
    public void PlaceCall_when_not_paused_is_refused_as_not_paused(AgentState state)
    {
        var agent = TestSession.In(state);

        Expect.Refused(Refusal.NotPaused, agent.Send(new PlaceCall(TestSession.Call(CallDirection.Manual))));
        Assert.Equal(state, agent.Session.State);
    }

    [Fact]
    public void CustomerHungUp_marks_customer_gone_and_keeps_agent_on_the_call()
    {
        var agent = TestSession.In(AgentState.InCall);

        var flags = Expect.Event<CallFlagsChanged>(agent.Send(new CustomerHungUp()));

        Assert.Equal(new CallFlagsChanged(TestSession.Agent, agent.Now, CallFlags.CustomerGone), flags);
        Assert.True(agent.Session.Call!.Has(CallFlags.CustomerGone));
        Assert.Equal(AgentState.InCall, agent.Session.State);
    }

    [Fact]
    public void CustomerHungUp_twice_changes_nothing()
    {
        var agent = TestSession.In(AgentState.InCall).Then(new CustomerHungUp());

        Expect.AcceptedWithoutChange(agent.Send(new CustomerHungUp()));
    }

    [Theory]
    [InlineData(AgentState.Paused)]
    [InlineData(AgentState.Ready)]
    [InlineData(AgentState.Queue)]
    [InlineData(AgentState.Dispo)]
    public void CustomerHungUp_when_not_on_call_is_refused(AgentState state)
    {
        var agent = TestSession.In(state);

        var result = agent.Send(new CustomerHungUp());

        Expect.Refused(Refusal.NotOnCall, result);
        Assert.Equal("agent is not on a live call", result.Refusal!.Reason);
    }

    [Fact]
    public void HangUpCustomer_moves_agent_to_disposition()
    {
        var agent = TestSession.In(AgentState.InCall);
        var inCallSince = agent.Session.StateSince;

        var changed = Expect.Event<AgentStateChanged>(agent.SendAfter(Later, new HangUpCustomer()));

        Assert.Equal(AgentState.Dispo, agent.Session.State);
        Assert.NotNull(agent.Session.Call);
        Assert.Equal(
            new AgentStateChanged(TestSession.Agent, agent.Now, AgentState.Dispo, null, AgentState.InCall, null, inCallSince),
            changed);
        Assert.Equal(Later, changed.PreviousDuration);
    }

    [Fact]
    public void HangUpCustomer_reports_call_ended_by_agent()
    {
        var agent = TestSession.In(AgentState.InCall);
        var call = agent.Session.Call!;

        var ended = Expect.Event<CallEnded>(agent.Send(new HangUpCustomer()));

        Assert.Equal(new CallEnded(TestSession.Agent, agent.Now, call, ByCustomer: false), ended);
    }

    [Fact]
    public void HangUpCustomer_after_customer_left_reports_call_ended_by_customer()
    {
        var agent = TestSession.In(AgentState.InCall).Then(new CustomerHungUp());

        var ended = Expect.Event<CallEnded>(agent.Send(new HangUpCustomer()));

        Assert.True(ended.ByCustomer);
    }

    [Fact]
    public void HangUpCustomer_reports_call_ended_before_state_change()
    {
        var agent = TestSession.In(AgentState.InCall);

        var result = agent.Send(new HangUpCustomer());

        Assert.Collection(
            result.Events,
            e => Assert.IsType<CallEnded>(e),
            e => Assert.IsType<AgentStateChanged>(e));
    }

    [Fact]
    public void HangUpCustomer_stops_recording_three_way_and_park_but_keeps_customer_gone()
    {
        var agent = TestSession.In(AgentState.InCall)
            .Then(new SetCallFlag(CallFlags.Recording, true))
            .Then(new SetCallFlag(CallFlags.ThreeWay, true))
            .Then(new SetCallFlag(CallFlags.Parked, true))
            .Then(new CustomerHungUp());

        var ended = Expect.Event<CallEnded>(agent.Send(new HangUpCustomer()));

        Assert.Equal(CallFlags.Recording | CallFlags.ThreeWay | CallFlags.Parked | CallFlags.CustomerGone, ended.Call.Flags);
        Assert.Equal(CallFlags.CustomerGone, agent.Session.Call!.Flags);
    }

    [Theory]
    [InlineData(AgentState.Paused)]
    [InlineData(AgentState.Ready)]
    [InlineData(AgentState.Queue)]
    [InlineData(AgentState.Dispo)]
    public void HangUpCustomer_when_not_on_call_is_refused(AgentState state)
    {
        var agent = TestSession.In(state);

        Expect.Refused(Refusal.NotOnCall, agent.Send(new HangUpCustomer()));
        Assert.Equal(state, agent.Session.State);
    }

    [Theory]
    [InlineData(CallFlags.Recording)]
    [InlineData(CallFlags.ThreeWay)]
    [InlineData(CallFlags.Parked)]
    public void SetCallFlag_on_switches_the_flag_on(CallFlags flag)
    {
        var agent = TestSession.In(AgentState.InCall);

        var changed = Expect.Event<CallFlagsChanged>(agent.Send(new SetCallFlag(flag, On: true)));

        Assert.Equal(new CallFlagsChanged(TestSession.Agent, agent.Now, flag), changed);
        Assert.True(agent.Session.Call!.Has(flag));
    }

    [Theory]
    [InlineData(CallFlags.Recording)]
    [InlineData(CallFlags.ThreeWay)]
    [InlineData(CallFlags.Parked)]
    public void SetCallFlag_off_switches_the_flag_off(CallFlags flag)
    {
        var agent = TestSession.In(AgentState.InCall).Then(new SetCallFlag(flag, On: true));

        var changed = Expect.Event<CallFlagsChanged>(agent.Send(new SetCallFlag(flag, On: false)));

        Assert.Equal(CallFlags.None, changed.Flags);
        Assert.False(agent.Session.Call!.Has(flag));
    }

    [Fact]
    public void SetCallFlag_off_when_already_off_changes_nothing()
    {
        var agent = TestSession.In(AgentState.InCall);

        Expect.AcceptedWithoutChange(agent.Send(new SetCallFlag(CallFlags.Recording, On: false)));
    }

    [Fact]
    public void SetCallFlag_on_when_already_on_changes_nothing()
    {
        var agent = TestSession.In(AgentState.InCall).Then(new SetCallFlag(CallFlags.Recording, On: true));

        Expect.AcceptedWithoutChange(agent.Send(new SetCallFlag(CallFlags.Recording, On: true)));
    }

    [Fact]
    public void SetCallFlag_keeps_the_other_flags()
    {
        var agent = TestSession.In(AgentState.InCall).Then(new SetCallFlag(CallFlags.Recording, On: true));

        var changed = Expect.Event<CallFlagsChanged>(agent.Send(new SetCallFlag(CallFlags.Parked, On: true)));

        Assert.Equal(CallFlags.Recording | CallFlags.Parked, changed.Flags);
    }

    [Theory]
    [InlineData(AgentState.Paused)]
    [InlineData(AgentState.Ready)]
    [InlineData(AgentState.Queue)]
    [InlineData(AgentState.Dispo)]
    public void SetCallFlag_when_not_on_call_is_refused(AgentState state)
    {
        var agent = TestSession.In(state);

        Expect.Refused(Refusal.NotOnCall, agent.Send(new SetCallFlag(CallFlags.Recording, On: true)));
    }
}
