namespace Portal.Domain.Tests;

using Portal.Domain.Sessions;

public sealed class NotificationTests
{
    private static readonly AgentNotification Message = new("Great job on that sale!", "super", TextColor: "#2e7d32", Confetti: true);

    [Theory]
    [InlineData(AgentState.Paused)]
    [InlineData(AgentState.Ready)]
    [InlineData(AgentState.Queue)]
    [InlineData(AgentState.InCall)]
    [InlineData(AgentState.Dispo)]
    public void Notify_delivers_the_message_in_any_live_state(AgentState state)
    {
        var agent = TestSession.In(state);

        var received = Expect.Event<NotificationReceived>(agent.Send(new Notify(Message)));

        Assert.Equal(new NotificationReceived(TestSession.Agent, agent.Now, Message), received);
    }

    [Theory]
    [InlineData(AgentState.Paused)]
    [InlineData(AgentState.Ready)]
    [InlineData(AgentState.InCall)]
    [InlineData(AgentState.Dispo)]
    public void Notify_leaves_state_call_and_intents_as_they_were(AgentState state)
    {
        var agent = TestSession.In(state);
        var before = agent.Session.ToSnapshot();

        var result = agent.Send(new Notify(Message));

        Assert.Single(result.Events);
        var after = agent.Session.ToSnapshot();
        Assert.Equal(before with { Version = after.Version, InGroups = after.InGroups }, after);
    }

    [Fact]
    public void Notify_after_logout_is_refused_as_not_logged_in()
    {
        var agent = TestSession.In(AgentState.LoggedOut);

        var result = agent.Send(new Notify(Message));

        Expect.Refused(Refusal.NotLoggedIn, result);
        Assert.Equal("agent_user is not logged in", result.Refusal!.Reason);
    }
}
