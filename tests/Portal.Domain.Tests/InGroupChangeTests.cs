namespace Portal.Domain.Tests;

using Portal.Domain.Sessions;

public sealed class InGroupChangeTests
{
    private static readonly string[] BothInGroups = ["SALESLINE", TestSession.InGroup];

    [Theory]
    [InlineData(AgentState.Paused)]
    [InlineData(AgentState.Ready)]
    [InlineData(AgentState.Queue)]
    [InlineData(AgentState.InCall)]
    [InlineData(AgentState.Dispo)]
    public void ChangeInGroups_applies_in_any_live_state(AgentState state)
    {
        var agent = TestSession.In(state);

        var changed = Expect.Event<InGroupsChanged>(agent.Send(new ChangeInGroups(BothInGroups, Blended: false)));

        Assert.Equal(BothInGroups, changed.InGroups);
        Assert.False(changed.Blended);
        Assert.Equal(BothInGroups, agent.Session.InGroups);
        Assert.False(agent.Session.Blended);
        Assert.Equal(state, agent.Session.State);
    }

    [Fact]
    public void ChangeInGroups_reports_who_and_when()
    {
        var agent = TestSession.In(AgentState.Ready);

        var changed = Expect.Event<InGroupsChanged>(agent.Send(new ChangeInGroups(BothInGroups, Blended: true)));

        Assert.Equal(TestSession.Agent, changed.AgentUser);
        Assert.Equal(agent.Now, changed.At);
    }

    [Fact]
    public void ChangeInGroups_to_the_same_in_groups_and_blending_changes_nothing()
    {
        var agent = TestSession.In(AgentState.Ready);
        var versionBefore = agent.Session.Version;

        Expect.AcceptedWithoutChange(agent.Send(new ChangeInGroups([TestSession.InGroup], Blended: true)));
        Assert.Equal(versionBefore, agent.Session.Version);
    }

    [Fact]
    public void ChangeInGroups_of_blending_only_is_a_change()
    {
        var agent = TestSession.In(AgentState.Ready);

        var changed = Expect.Event<InGroupsChanged>(agent.Send(new ChangeInGroups([TestSession.InGroup], Blended: false)));

        Assert.Equal([TestSession.InGroup], changed.InGroups);
        Assert.False(agent.Session.Blended);
    }

    [Fact]
    public void ChangeInGroups_to_none_leaves_the_agent_without_in_groups()
    {
        var agent = TestSession.In(AgentState.Ready);

        Expect.Event<InGroupsChanged>(agent.Send(new ChangeInGroups([], Blended: true)));

        Assert.Empty(agent.Session.InGroups);
    }

    [Fact]
    public void ChangeInGroups_drops_repeated_in_groups()
    {
        var agent = TestSession.In(AgentState.Ready);

        var changed = Expect.Event<InGroupsChanged>(agent.Send(new ChangeInGroups(["SALESLINE", "SALESLINE", TestSession.InGroup], Blended: true)));

        Assert.Equal(BothInGroups, changed.InGroups);
        Assert.Equal(BothInGroups, agent.Session.InGroups);
    }

    [Fact]
    public void ChangeInGroups_is_kept_in_the_snapshot()
    {
        var agent = TestSession.In(AgentState.Ready).Then(new ChangeInGroups(BothInGroups, Blended: false));

        var restored = AgentSession.Restore(agent.Session.ToSnapshot());

        Assert.Equal(BothInGroups, restored.InGroups);
        Assert.False(restored.Blended);
    }

    [Fact]
    public void ChangeInGroups_after_logout_is_refused_as_not_logged_in()
    {
        var agent = TestSession.In(AgentState.LoggedOut);

        Expect.Refused(Refusal.NotLoggedIn, agent.Send(new ChangeInGroups(BothInGroups, Blended: true)));
    }
}
