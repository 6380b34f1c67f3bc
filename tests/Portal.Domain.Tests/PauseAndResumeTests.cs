namespace Portal.Domain.Tests;

using Portal.Domain.Sessions;

public sealed class PauseAndResumeTests
{
    private static readonly TimeSpan Later = TimeSpan.FromSeconds(90);

    [Fact]
    public void GoReady_from_pause_makes_agent_ready()
    {
        var agent = TestSession.LogIn();

        var result = agent.Send(new GoReady());

        Assert.True(result.Changed);
        Assert.Equal(AgentState.Ready, agent.Session.State);
        Assert.Null(agent.Session.PauseCode);
        Assert.Equal(agent.Now, agent.Session.StateSince);
    }

    [Fact]
    public void GoReady_reports_previous_state_pause_code_and_time_paused()
    {
        var agent = TestSession.LogIn();

        var changed = Expect.Event<AgentStateChanged>(agent.SendAfter(Later, new GoReady()));

        Assert.Equal(
            new AgentStateChanged(TestSession.Agent, TestSession.Start + Later, AgentState.Ready, null, AgentState.Paused, "LOGIN", TestSession.Start),
            changed);
        Assert.Equal(Later, changed.PreviousDuration);
    }

    [Theory]
    [InlineData(AgentState.Ready)]
    [InlineData(AgentState.Queue)]
    [InlineData(AgentState.InCall)]
    public void GoReady_when_not_paused_is_refused_as_not_paused(AgentState state)
    {
        var agent = TestSession.In(state);

        var result = agent.Send(new GoReady());

        Expect.Refused(Refusal.NotPaused, result);
        Assert.Equal("agent is not paused", result.Refusal!.Reason);
        Assert.Equal(state, agent.Session.State);
    }

    [Fact]
    public void GoReady_during_wrap_up_cancels_pending_pause()
    {
        var agent = TestSession.In(AgentState.Dispo).Then(new Pause("BREAK"));

        var pending = Expect.Event<PendingIntentChanged>(agent.Send(new GoReady()));

        Assert.Equal(new PendingIntentChanged(TestSession.Agent, agent.Now, PauseAfterDispo: false, LogoutAfterDispo: false), pending);
        Assert.False(agent.Session.PauseAfterDispo);
        Assert.Null(agent.Session.PendingPauseCode);
        Assert.Equal(AgentState.Dispo, agent.Session.State);
    }

    [Fact]
    public void GoReady_during_wrap_up_makes_agent_ready_after_disposition()
    {
        var agent = TestSession.In(AgentState.Dispo).Then(new Pause("BREAK")).Then(new GoReady());

        agent.Send(new Disposition("SALE"));

        Assert.Equal(AgentState.Ready, agent.Session.State);
    }

    [Fact]
    public void GoReady_during_wrap_up_without_pending_pause_changes_nothing()
    {
        var agent = TestSession.In(AgentState.Dispo);

        Expect.AcceptedWithoutChange(agent.Send(new GoReady()));
    }

    [Fact]
    public void GoReady_during_wrap_up_keeps_pending_logout()
    {
        var agent = TestSession.In(AgentState.Dispo).Then(new LogOut()).Then(new Pause("BREAK"));

        var pending = Expect.Event<PendingIntentChanged>(agent.Send(new GoReady()));

        Assert.False(pending.PauseAfterDispo);
        Assert.True(pending.LogoutAfterDispo);
        Assert.True(agent.Session.LogoutAfterDispo);
    }

    [Fact]
    public void Pause_from_ready_pauses_with_code()
    {
        var agent = TestSession.In(AgentState.Ready);
        var readySince = agent.Session.StateSince;

        var changed = Expect.Event<AgentStateChanged>(agent.SendAfter(Later, new Pause("BREAK")));

        Assert.Equal(AgentState.Paused, agent.Session.State);
        Assert.Equal("BREAK", agent.Session.PauseCode);
        Assert.Equal(
            new AgentStateChanged(TestSession.Agent, agent.Now, AgentState.Paused, "BREAK", AgentState.Ready, null, readySince),
            changed);
        Assert.Equal(Later, changed.PreviousDuration);
    }

    [Fact]
    public void Pause_from_ready_without_code_pauses_without_code()
    {
        var agent = TestSession.In(AgentState.Ready);

        agent.Send(new Pause());

        Assert.Equal(AgentState.Paused, agent.Session.State);
        Assert.Null(agent.Session.PauseCode);
        Assert.Equal("PAUSED", agent.Session.ToSnapshot().StateText);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("LOGIN")]
    public void Pause_when_paused_with_same_or_no_code_changes_nothing(string? code)
    {
        var agent = TestSession.LogIn();

        var result = agent.SendAfter(Later, new Pause(code));

        Expect.AcceptedWithoutChange(result);
        Assert.Equal("LOGIN", agent.Session.PauseCode);
        Assert.Equal(TestSession.Start, agent.Session.StateSince);
    }

    [Fact]
    public void Pause_when_paused_with_another_code_switches_code()
    {
        var agent = TestSession.LogIn();

        var changed = Expect.Event<AgentStateChanged>(agent.SendAfter(Later, new Pause("LUNCH")));

        Assert.Equal("LUNCH", agent.Session.PauseCode);
        Assert.Equal(
            new AgentStateChanged(TestSession.Agent, agent.Now, AgentState.Paused, "LUNCH", AgentState.Paused, "LOGIN", TestSession.Start),
            changed);
    }

    [Theory]
    [InlineData("BREAKXX")]
    [InlineData("BR EAK")]
    [InlineData(" ")]
    [InlineData("")]
    [InlineData("BRK!")]
    public void Pause_with_malformed_code_is_refused(string code)
    {
        var agent = TestSession.In(AgentState.Ready);

        var result = agent.Send(new Pause(code));

        Expect.Refused(Refusal.InvalidPauseCode, result);
        Assert.Equal(AgentState.Ready, agent.Session.State);
    }

    [Fact]
    public void Pause_code_of_six_letters_digits_dashes_or_underscores_is_accepted()
    {
        var agent = TestSession.In(AgentState.Ready);

        agent.Send(new Pause("A-1_b2"));

        Assert.Equal("A-1_b2", agent.Session.PauseCode);
    }

    [Theory]
    [InlineData(AgentState.Queue)]
    [InlineData(AgentState.InCall)]
    [InlineData(AgentState.Dispo)]
    public void Pause_during_call_sets_pause_after_disposition(AgentState state)
    {
        var agent = TestSession.In(state);

        var pending = Expect.Event<PendingIntentChanged>(agent.Send(new Pause("BREAK")));

        Assert.Equal(new PendingIntentChanged(TestSession.Agent, agent.Now, PauseAfterDispo: true, LogoutAfterDispo: false), pending);
        Assert.True(agent.Session.PauseAfterDispo);
        Assert.Equal("BREAK", agent.Session.PendingPauseCode);
        Assert.Equal(state, agent.Session.State);
    }

    [Fact]
    public void Pause_during_call_applies_after_disposition()
    {
        var agent = TestSession.In(AgentState.InCall).Then(new Pause("BREAK")).Then(new HangUpCustomer());

        agent.Send(new Disposition("SALE"));

        Assert.Equal(AgentState.Paused, agent.Session.State);
        Assert.Equal("BREAK", agent.Session.PauseCode);
        Assert.False(agent.Session.PauseAfterDispo);
        Assert.Null(agent.Session.PendingPauseCode);
    }

    [Fact]
    public void Pause_without_code_during_call_pauses_without_code_after_disposition()
    {
        var agent = TestSession.In(AgentState.InCall).Then(new Pause()).Then(new HangUpCustomer());

        agent.Send(new Disposition("SALE"));

        Assert.Equal(AgentState.Paused, agent.Session.State);
        Assert.Null(agent.Session.PauseCode);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("BREAK")]
    public void Repeated_pause_during_call_changes_nothing(string? code)
    {
        var agent = TestSession.In(AgentState.InCall).Then(new Pause("BREAK"));

        var result = agent.Send(new Pause(code));

        Expect.AcceptedWithoutChange(result);
        Assert.Equal("BREAK", agent.Session.PendingPauseCode);
    }

    [Fact]
    public void Pause_during_call_with_another_code_replaces_pending_code()
    {
        var agent = TestSession.In(AgentState.InCall).Then(new Pause("BREAK"));

        var result = agent.Send(new Pause("LUNCH"));

        Assert.True(result.Changed);
        Assert.Equal("LUNCH", agent.Session.PendingPauseCode);
    }

    [Fact]
    public void Pause_during_call_keeps_pending_logout()
    {
        var agent = TestSession.In(AgentState.InCall).Then(new LogOut());

        var pending = Expect.Event<PendingIntentChanged>(agent.Send(new Pause("BREAK")));

        Assert.True(pending.PauseAfterDispo);
        Assert.True(pending.LogoutAfterDispo);
        Assert.True(agent.Session.LogoutAfterDispo);
    }

    [Fact]
    public void Pause_with_malformed_code_during_call_is_refused()
    {
        var agent = TestSession.In(AgentState.InCall);

        Expect.Refused(Refusal.InvalidPauseCode, agent.Send(new Pause("TOOLONG")));
        Assert.False(agent.Session.PauseAfterDispo);
    }

    [Fact]
    public void SetPauseCode_when_paused_changes_code()
    {
        var agent = TestSession.LogIn();

        var changed = Expect.Event<AgentStateChanged>(agent.SendAfter(Later, new SetPauseCode("TRAIN")));

        Assert.Equal("TRAIN", agent.Session.PauseCode);
        Assert.Equal(AgentState.Paused, changed.State);
        Assert.Equal("TRAIN", changed.PauseCode);
        Assert.Equal("LOGIN", changed.PreviousPauseCode);
        Assert.Equal(Later, changed.PreviousDuration);
    }

    [Fact]
    public void SetPauseCode_with_current_code_changes_nothing()
    {
        var agent = TestSession.LogIn();

        Expect.AcceptedWithoutChange(agent.Send(new SetPauseCode("LOGIN")));
    }

    [Theory]
    [InlineData(AgentState.Ready)]
    [InlineData(AgentState.Queue)]
    [InlineData(AgentState.InCall)]
    [InlineData(AgentState.Dispo)]
    public void SetPauseCode_when_not_paused_is_refused_as_not_paused(AgentState state)
    {
        var agent = TestSession.In(state);

        Expect.Refused(Refusal.NotPaused, agent.Send(new SetPauseCode("TRAIN")));
    }

    [Theory]
    [InlineData("TRAINING")]
    [InlineData("TR IN")]
    [InlineData("")]
    public void SetPauseCode_with_malformed_code_is_refused(string code)
    {
        var agent = TestSession.LogIn();

        Expect.Refused(Refusal.InvalidPauseCode, agent.Send(new SetPauseCode(code)));
        Assert.Equal("LOGIN", agent.Session.PauseCode);
    }
}
