namespace Portal.Domain.Tests;

using Portal.Domain.Sessions;

public sealed class DispositionTests
{
    private static readonly TimeSpan WrapUp = TimeSpan.FromSeconds(45);

    [Fact]
    public void Disposition_reports_the_call_and_its_status()
    {
        var agent = TestSession.In(AgentState.Dispo);
        var call = agent.Session.Call!;

        var dispositioned = Expect.Event<CallDispositioned>(agent.Send(new Disposition("SALE")));

        Assert.Equal(new CallDispositioned(TestSession.Agent, agent.Now, call, "SALE", TestSession.CampaignId), dispositioned);
    }

    [Fact]
    public void Disposition_in_auto_dial_campaign_makes_agent_ready()
    {
        var agent = TestSession.In(AgentState.Dispo, manualCampaign: false);

        agent.Send(new Disposition("SALE"));

        Assert.Equal(AgentState.Ready, agent.Session.State);
    }

    [Fact]
    public void Disposition_in_manual_campaign_pauses_agent()
    {
        var agent = TestSession.In(AgentState.Dispo, manualCampaign: true);

        agent.Send(new Disposition("SALE"));

        Assert.Equal(AgentState.Paused, agent.Session.State);
        Assert.Null(agent.Session.PauseCode);
    }

    [Fact]
    public void Disposition_with_pause_after_pauses_agent_in_auto_dial_campaign()
    {
        var agent = TestSession.In(AgentState.Dispo, manualCampaign: false);

        agent.Send(new Disposition("SALE", PauseAfter: true));

        Assert.Equal(AgentState.Paused, agent.Session.State);
    }

    [Fact]
    public void Disposition_with_pause_after_keeps_pending_pause_code()
    {
        var agent = TestSession.In(AgentState.Dispo).Then(new Pause("BREAK"));

        agent.Send(new Disposition("SALE", PauseAfter: true));

        Assert.Equal("BREAK", agent.Session.PauseCode);
    }

    [Fact]
    public void Disposition_reports_time_spent_in_wrap_up()
    {
        var agent = TestSession.In(AgentState.Dispo);
        var dispoSince = agent.Session.StateSince;

        var changed = Expect.Event<AgentStateChanged>(agent.SendAfter(WrapUp, new Disposition("SALE")));

        Assert.Equal(
            new AgentStateChanged(TestSession.Agent, agent.Now, AgentState.Ready, null, AgentState.Dispo, null, dispoSince),
            changed);
        Assert.Equal(WrapUp, changed.PreviousDuration);
    }

    [Fact]
    public void Disposition_reports_dispositioned_before_state_change()
    {
        var agent = TestSession.In(AgentState.Dispo);

        var result = agent.Send(new Disposition("SALE"));

        Assert.Collection(
            result.Events,
            e => Assert.IsType<CallDispositioned>(e),
            e => Assert.IsType<AgentStateChanged>(e));
    }

    [Fact]
    public void Disposition_clears_the_call_and_pending_intents()
    {
        var agent = TestSession.In(AgentState.Dispo).Then(new Pause("BREAK"));

        agent.Send(new Disposition("SALE"));

        Assert.Null(agent.Session.Call);
        Assert.False(agent.Session.PauseAfterDispo);
        Assert.Null(agent.Session.PendingPauseCode);
        Assert.False(agent.Session.LogoutAfterDispo);
    }

    [Fact]
    public void Next_call_after_disposition_starts_without_pending_pause()
    {
        var agent = TestSession.In(AgentState.Dispo).Then(new Pause("BREAK")).Then(new Disposition("SALE"))
            .Then(new GoReady()).Then(new OfferCall(TestSession.Call())).Then(new ConnectCall()).Then(new HangUpCustomer());

        agent.Send(new Disposition("NI"));

        Assert.Equal(AgentState.Ready, agent.Session.State);
    }

    [Theory]
    [InlineData(AgentState.Paused)]
    [InlineData(AgentState.Ready)]
    [InlineData(AgentState.Queue)]
    [InlineData(AgentState.InCall)]
    public void Disposition_outside_wrap_up_is_refused(AgentState state)
    {
        var agent = TestSession.In(state);

        var result = agent.Send(new Disposition("SALE"));

        Expect.Refused(Refusal.NotInDisposition, result);
        Assert.Equal("agent is not on the disposition screen", result.Refusal!.Reason);
        Assert.Equal(state, agent.Session.State);
    }

    [Theory]
    [InlineData("")]
    [InlineData("SALEXXX")]
    [InlineData("SA LE")]
    [InlineData("SALE!")]
    public void Disposition_with_malformed_status_is_refused(string status)
    {
        var agent = TestSession.In(AgentState.Dispo);

        var result = agent.Send(new Disposition(status));

        Expect.Refused(Refusal.InvalidStatus, result);
        Assert.Equal("status is not valid", result.Refusal!.Reason);
        Assert.Equal(AgentState.Dispo, agent.Session.State);
        Assert.NotNull(agent.Session.Call);
    }
}
