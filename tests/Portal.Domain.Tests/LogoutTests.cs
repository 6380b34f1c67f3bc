namespace Portal.Domain.Tests;

using Portal.Domain.Sessions;

public sealed class LogoutTests
{
    private static readonly TimeSpan Later = TimeSpan.FromMinutes(5);

    public static TheoryData<AgentCommand> EveryCommand => new()
    {
        new GoReady(),
        new Pause("BREAK"),
        new SetPauseCode("BREAK"),
        new LogOut(),
        new LogOut(Immediately: true),
        new OfferCall(TestSession.Call()),
        new WithdrawCall(),
        new ConnectCall(),
        new PlaceCall(TestSession.Call(CallDirection.Manual)),
        new CustomerHungUp(),
        new HangUpCustomer(),
        new SetCallFlag(CallFlags.Recording, On: true),
        new Disposition("SALE"),
    };

    [Theory]
    [InlineData(AgentState.Paused)]
    [InlineData(AgentState.Ready)]
    public void LogOut_when_idle_ends_the_session(AgentState state)
    {
        var agent = TestSession.In(state);

        agent.Send(new LogOut());

        Assert.True(agent.Session.IsLoggedOut);
        Assert.Equal(AgentState.LoggedOut, agent.Session.State);
        Assert.Equal(agent.Now, agent.Session.StateSince);
    }

    [Fact]
    public void LogOut_reports_last_state_pause_code_and_since()
    {
        var agent = TestSession.LogIn();

        var loggedOut = Expect.Event<AgentLoggedOut>(agent.SendAfter(Later, new LogOut()));

        Assert.Equal(
            new AgentLoggedOut(TestSession.Agent, TestSession.Start + Later, AgentState.Paused, "LOGIN", TestSession.Start),
            loggedOut);
    }

    [Theory]
    [MemberData(nameof(EveryCommand))]
    public void Any_command_after_logout_is_refused_as_not_logged_in(AgentCommand command)
    {
        var agent = TestSession.In(AgentState.LoggedOut);

        var result = agent.Send(command);

        Expect.Refused(Refusal.NotLoggedIn, result);
        Assert.Equal("agent_user is not logged in", result.Refusal!.Reason);
        Assert.Equal(AgentState.LoggedOut, agent.Session.State);
    }

    [Theory]
    [InlineData(AgentState.Queue)]
    [InlineData(AgentState.InCall)]
    [InlineData(AgentState.Dispo)]
    public void LogOut_during_call_sets_logout_after_disposition(AgentState state)
    {
        var agent = TestSession.In(state);

        var pending = Expect.Event<PendingIntentChanged>(agent.Send(new LogOut()));

        Assert.Equal(new PendingIntentChanged(TestSession.Agent, agent.Now, PauseAfterDispo: false, LogoutAfterDispo: true), pending);
        Assert.True(agent.Session.LogoutAfterDispo);
        Assert.False(agent.Session.IsLoggedOut);
        Assert.Equal(state, agent.Session.State);
    }

    [Fact]
    public void LogOut_during_call_ends_session_after_disposition()
    {
        var agent = TestSession.In(AgentState.InCall).Then(new LogOut()).Then(new HangUpCustomer());

        var result = agent.Send(new Disposition("SALE"));

        Assert.True(agent.Session.IsLoggedOut);
        Assert.Collection(
            result.Events,
            e => Assert.IsType<CallDispositioned>(e),
            e => Assert.Equal(AgentState.Dispo, Assert.IsType<AgentLoggedOut>(e).LastState));
    }

    [Fact]
    public void Repeated_logout_during_call_changes_nothing()
    {
        var agent = TestSession.In(AgentState.InCall).Then(new LogOut());

        Expect.AcceptedWithoutChange(agent.Send(new LogOut()));
    }

    [Fact]
    public void LogOut_during_call_keeps_pending_pause()
    {
        var agent = TestSession.In(AgentState.InCall).Then(new Pause("BREAK"));

        var pending = Expect.Event<PendingIntentChanged>(agent.Send(new LogOut()));

        Assert.True(pending.PauseAfterDispo);
        Assert.True(pending.LogoutAfterDispo);
        Assert.Equal("BREAK", agent.Session.PendingPauseCode);
    }

    [Fact]
    public void Pending_logout_wins_over_pending_pause()
    {
        var agent = TestSession.In(AgentState.InCall).Then(new Pause("BREAK")).Then(new LogOut()).Then(new HangUpCustomer());

        agent.Send(new Disposition("SALE"));

        Assert.True(agent.Session.IsLoggedOut);
    }

    [Fact]
    public void Pending_logout_wins_over_pause_after_disposition()
    {
        var agent = TestSession.In(AgentState.Dispo).Then(new LogOut());

        agent.Send(new Disposition("SALE", PauseAfter: true));

        Assert.True(agent.Session.IsLoggedOut);
    }

    [Fact]
    public void Pending_logout_wins_over_manual_campaign_pause()
    {
        var agent = TestSession.In(AgentState.Dispo, manualCampaign: true).Then(new LogOut());

        agent.Send(new Disposition("SALE"));

        Assert.True(agent.Session.IsLoggedOut);
    }

    [Fact]
    public void LogOut_immediately_on_call_ends_the_call_and_the_session()
    {
        var agent = TestSession.In(AgentState.InCall);
        var call = agent.Session.Call!;
        var inCallSince = agent.Session.StateSince;

        var result = agent.SendAfter(Later, new LogOut(Immediately: true));

        Assert.Collection(
            result.Events,
            e => Assert.Equal(new CallEnded(TestSession.Agent, agent.Now, call, ByCustomer: false), e),
            e => Assert.Equal(new AgentLoggedOut(TestSession.Agent, agent.Now, AgentState.InCall, null, inCallSince), e));
        Assert.True(agent.Session.IsLoggedOut);
        Assert.Null(agent.Session.Call);
    }

    [Fact]
    public void LogOut_immediately_while_call_is_offered_ends_session_without_call_ended()
    {
        var agent = TestSession.In(AgentState.Queue);

        var result = agent.Send(new LogOut(Immediately: true));

        Assert.IsType<AgentLoggedOut>(Assert.Single(result.Events));
        Assert.True(agent.Session.IsLoggedOut);
        Assert.Null(agent.Session.Call);
    }

    [Fact]
    public void LogOut_immediately_in_wrap_up_ends_session()
    {
        var agent = TestSession.In(AgentState.Dispo);

        var loggedOut = Expect.Event<AgentLoggedOut>(agent.Send(new LogOut(Immediately: true)));

        Assert.Equal(AgentState.Dispo, loggedOut.LastState);
        Assert.True(agent.Session.IsLoggedOut);
    }

    [Fact]
    public void LogOut_clears_pending_intents()
    {
        var agent = TestSession.In(AgentState.InCall).Then(new Pause("BREAK")).Then(new LogOut());

        agent.Send(new LogOut(Immediately: true));

        Assert.False(agent.Session.PauseAfterDispo);
        Assert.Null(agent.Session.PendingPauseCode);
        Assert.False(agent.Session.LogoutAfterDispo);
        Assert.Null(agent.Session.PauseCode);
    }
}
