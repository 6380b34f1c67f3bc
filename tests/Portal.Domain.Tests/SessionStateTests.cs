namespace Portal.Domain.Tests;

using Portal.Domain.Sessions;

public sealed class SessionStateTests
{
    [Fact]
    public void Version_increments_on_each_change()
    {
        var agent = TestSession.LogIn();

        agent.Send(new GoReady());
        agent.Send(new Pause("BREAK"));

        Assert.Equal(3, agent.Session.Version);
    }

    [Fact]
    public void Version_increments_once_for_a_command_with_several_events()
    {
        var agent = TestSession.In(AgentState.Ready);
        var before = agent.Session.Version;

        var result = agent.Send(new OfferCall(TestSession.Call()));

        Assert.Equal(2, result.Events.Count);
        Assert.Equal(before + 1, agent.Session.Version);
    }

    [Fact]
    public void Version_stays_when_command_is_refused()
    {
        var agent = TestSession.LogIn();

        agent.Send(new HangUpCustomer());

        Assert.Equal(1, agent.Session.Version);
    }

    [Fact]
    public void Version_stays_when_accepted_command_changes_nothing()
    {
        var agent = TestSession.LogIn();

        agent.Send(new Pause());

        Assert.Equal(1, agent.Session.Version);
    }

    [Fact]
    public void Snapshot_restores_to_an_equal_session()
    {
        var original = TestSession.In(AgentState.InCall)
            .Then(new SetCallFlag(CallFlags.Recording, On: true))
            .Then(new Pause("BREAK"))
            .Then(new LogOut())
            .Session.ToSnapshot();

        var restored = AgentSession.Restore(original).ToSnapshot();

        // Records compare lists by reference, so the in-groups are compared on their own.
        Assert.Equal(original with { InGroups = [] }, restored with { InGroups = [] });
        Assert.Equal(original.InGroups, restored.InGroups);
    }

    [Fact]
    public void Snapshot_carries_every_field_of_the_session()
    {
        var agent = TestSession.In(AgentState.InCall).Then(new Pause("BREAK"));
        var session = agent.Session;

        var snapshot = session.ToSnapshot();

        Assert.Equal(
            new SessionSnapshot(
                TestSession.Agent, TestSession.CampaignId, false, TestSession.Phone, TestSession.Start, AgentState.InCall, null,
                session.StateSince, session.Call, true, "BREAK", false, snapshot.InGroups, true, session.Version),
            snapshot);
        Assert.Equal([TestSession.InGroup], snapshot.InGroups);
    }

    [Fact]
    public void Restored_session_continues_where_it_left_off()
    {
        var snapshot = TestSession.In(AgentState.Dispo).Then(new Pause("BREAK")).Session.ToSnapshot();
        var restored = AgentSession.Restore(snapshot);

        var result = restored.Handle(new Disposition("SALE"), snapshot.StateSince.AddSeconds(30));

        Assert.True(result.IsAccepted);
        Assert.Equal(AgentState.Paused, restored.State);
        Assert.Equal("BREAK", restored.PauseCode);
        Assert.Equal(snapshot.Version + 1, restored.Version);
    }

    [Fact]
    public void Snapshot_is_not_changed_by_later_commands()
    {
        var agent = TestSession.LogIn();
        var snapshot = agent.Session.ToSnapshot();

        agent.Send(new GoReady());

        Assert.Equal(AgentState.Paused, snapshot.State);
        Assert.Equal(1, snapshot.Version);
    }

    [Theory]
    [InlineData(AgentState.Paused, "BREAK", "PAUSED BREAK")]
    [InlineData(AgentState.Paused, null, "PAUSED")]
    [InlineData(AgentState.Paused, "", "PAUSED")]
    [InlineData(AgentState.Ready, null, "READY")]
    [InlineData(AgentState.Ready, "BREAK", "READY")]
    [InlineData(AgentState.Queue, null, "QUEUE")]
    [InlineData(AgentState.InCall, null, "INCALL")]
    [InlineData(AgentState.Dispo, null, "DISPO")]
    [InlineData(AgentState.LoggedOut, null, "LOGGED OUT")]
    public void Describe_names_the_state_as_vicidial_does(AgentState state, string? pauseCode, string expected)
    {
        Assert.Equal(expected, AgentStateNames.Describe(state, pauseCode));
    }

    [Fact]
    public void Snapshot_state_text_follows_the_session()
    {
        var agent = TestSession.In(AgentState.InCall);

        Assert.Equal("INCALL", agent.Session.ToSnapshot().StateText);
    }

    [Fact]
    public void Unknown_state_has_no_vicidial_name()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ((AgentState)99).ToVicidialName());
    }

    [Fact]
    public void Unknown_command_throws()
    {
        var agent = TestSession.LogIn();

        Assert.Throws<ArgumentOutOfRangeException>(() => agent.Send(new UnknownCommand()));
    }

    private sealed record UnknownCommand : AgentCommand;
}
