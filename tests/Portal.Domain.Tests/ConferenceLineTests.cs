namespace Portal.Domain.Tests;

using Portal.Domain.Sessions;

public sealed class ConferenceLineTests
{
    private const string Number = "3125550199";
    private const string OtherNumber = "3125550198";

    [Fact]
    public void SetConferenceLine_with_a_number_records_the_line_on_the_call()
    {
        var agent = TestSession.In(AgentState.InCall);

        var changed = Expect.Event<ConferenceLineChanged>(agent.Send(new SetConferenceLine(Number)));

        Assert.Equal(new ConferenceLineChanged(TestSession.Agent, agent.Now, Number), changed);
        Assert.Equal(Number, agent.Session.Call!.ConferenceNumber);
        Assert.Equal(AgentState.InCall, agent.Session.State);
    }

    [Fact]
    public void SetConferenceLine_with_the_same_number_changes_nothing()
    {
        var agent = TestSession.In(AgentState.InCall).Then(new SetConferenceLine(Number));

        Expect.AcceptedWithoutChange(agent.Send(new SetConferenceLine(Number)));
    }

    [Fact]
    public void SetConferenceLine_with_another_number_replaces_the_line_and_keeps_three_way()
    {
        var agent = TestSession.In(AgentState.InCall)
            .Then(new SetConferenceLine(Number))
            .Then(new SetCallFlag(CallFlags.ThreeWay, On: true));

        var changed = Expect.Event<ConferenceLineChanged>(agent.Send(new SetConferenceLine(OtherNumber)));

        Assert.Equal(OtherNumber, changed.Number);
        Assert.Equal(OtherNumber, agent.Session.Call!.ConferenceNumber);
        Assert.True(agent.Session.Call.Has(CallFlags.ThreeWay));
    }

    [Fact]
    public void SetConferenceLine_cleared_removes_the_line()
    {
        var agent = TestSession.In(AgentState.InCall).Then(new SetConferenceLine(Number));

        var changed = Expect.Event<ConferenceLineChanged>(agent.Send(new SetConferenceLine(null)));

        Assert.Null(changed.Number);
        Assert.Null(agent.Session.Call!.ConferenceNumber);
    }

    [Fact]
    public void SetConferenceLine_cleared_ends_the_three_way_call_and_keeps_the_other_flags()
    {
        var agent = TestSession.In(AgentState.InCall)
            .Then(new SetCallFlag(CallFlags.Recording, On: true))
            .Then(new SetConferenceLine(Number))
            .Then(new SetCallFlag(CallFlags.ThreeWay, On: true));

        agent.Send(new SetConferenceLine(null));

        Assert.Equal(CallFlags.Recording, agent.Session.Call!.Flags);
    }

    [Fact]
    public void SetConferenceLine_cleared_without_a_line_changes_nothing()
    {
        var agent = TestSession.In(AgentState.InCall);

        Expect.AcceptedWithoutChange(agent.Send(new SetConferenceLine(null)));
    }

    [Theory]
    [InlineData(AgentState.Paused)]
    [InlineData(AgentState.Ready)]
    [InlineData(AgentState.Queue)]
    [InlineData(AgentState.Dispo)]
    public void SetConferenceLine_when_not_on_call_is_refused(AgentState state)
    {
        var agent = TestSession.In(state);

        Expect.Refused(Refusal.NotOnCall, agent.Send(new SetConferenceLine(Number)));
        Assert.Equal(state, agent.Session.State);
    }

    [Fact]
    public void SetConferenceLine_after_logout_is_refused_as_not_logged_in()
    {
        var agent = TestSession.In(AgentState.LoggedOut);

        Expect.Refused(Refusal.NotLoggedIn, agent.Send(new SetConferenceLine(Number)));
    }

    [Theory]
    [InlineData(CallFlags.OnHold)]
    [InlineData(CallFlags.Muted)]
    public void SetCallFlag_switches_hold_and_mute(CallFlags flag)
    {
        var agent = TestSession.In(AgentState.InCall);

        var changed = Expect.Event<CallFlagsChanged>(agent.Send(new SetCallFlag(flag, On: true)));

        Assert.Equal(flag, changed.Flags);
        Assert.True(agent.Session.Call!.Has(flag));
    }
}
