namespace Portal.Domain.Tests;

using Portal.Domain.Sessions;

public sealed class CallAnsweredTests
{
    private static readonly TimeSpan RingTime = TimeSpan.FromSeconds(12);

    /// <summary>An agent who dialled out and is waiting for the customer to pick up.</summary>
    private static TestSession Dialling() =>
        TestSession.LogIn().Then(new PlaceCall(TestSession.Call(CallDirection.Manual) with { Flags = CallFlags.Ringing }));

    [Fact]
    public void CallAnswered_clears_ringing_and_keeps_agent_on_the_call()
    {
        var agent = Dialling();

        agent.SendAfter(RingTime, new CallAnswered());

        Assert.Equal(AgentState.InCall, agent.Session.State);
        Assert.False(agent.Session.Call!.Has(CallFlags.Ringing));
    }

    [Fact]
    public void CallAnswered_restarts_the_call_clock_when_the_customer_picks_up()
    {
        var agent = Dialling();
        var dialledAt = agent.Session.Call!.StartedAt;

        agent.SendAfter(RingTime, new CallAnswered());

        Assert.Equal(agent.Now, agent.Session.Call!.StartedAt);
        Assert.Equal(RingTime, agent.Session.Call.StartedAt - dialledAt);
    }

    [Fact]
    public void CallAnswered_reports_the_answered_call()
    {
        var agent = Dialling();

        var answered = Expect.Event<CallAnsweredByCustomer>(agent.SendAfter(RingTime, new CallAnswered()));

        Assert.Equal(new CallAnsweredByCustomer(TestSession.Agent, agent.Now, agent.Session.Call!), answered);
        Assert.Equal(CallFlags.None, answered.Call.Flags);
    }

    [Fact]
    public void CallAnswered_does_not_change_the_agent_state()
    {
        var agent = Dialling();
        var inCallSince = agent.Session.StateSince;

        var result = agent.SendAfter(RingTime, new CallAnswered());

        Assert.Empty(result.Events.OfType<AgentStateChanged>());
        Assert.Equal(inCallSince, agent.Session.StateSince);
    }

    [Fact]
    public void CallAnswered_keeps_the_other_call_flags()
    {
        var agent = Dialling().Then(new SetCallFlag(CallFlags.Recording, On: true));

        agent.Send(new CallAnswered());

        Assert.Equal(CallFlags.Recording, agent.Session.Call!.Flags);
    }

    [Fact]
    public void CallAnswered_when_the_call_is_not_ringing_changes_nothing()
    {
        var agent = TestSession.In(AgentState.InCall);
        var callBefore = agent.Session.Call;
        var versionBefore = agent.Session.Version;

        Expect.AcceptedWithoutChange(agent.SendAfter(RingTime, new CallAnswered()));
        Assert.Equal(callBefore, agent.Session.Call);
        Assert.Equal(versionBefore, agent.Session.Version);
    }

    [Fact]
    public void CallAnswered_twice_changes_nothing_the_second_time()
    {
        var agent = Dialling().Then(new CallAnswered());

        Expect.AcceptedWithoutChange(agent.SendAfter(RingTime, new CallAnswered()));
    }

    [Theory]
    [InlineData(AgentState.Paused)]
    [InlineData(AgentState.Ready)]
    [InlineData(AgentState.Queue)]
    [InlineData(AgentState.Dispo)]
    public void CallAnswered_when_not_on_call_is_refused(AgentState state)
    {
        var agent = TestSession.In(state);

        var result = agent.Send(new CallAnswered());

        Expect.Refused(Refusal.NotOnCall, result);
        Assert.Equal(state, agent.Session.State);
    }

    [Fact]
    public void CallAnswered_after_logout_is_refused_as_not_logged_in()
    {
        var agent = TestSession.In(AgentState.LoggedOut);

        Expect.Refused(Refusal.NotLoggedIn, agent.Send(new CallAnswered()));
    }
}
