namespace Portal.Web.Tests.Agent;

using Microsoft.Extensions.Logging.Abstractions;
using Portal.Domain.Sessions;
using Portal.Infrastructure.Notifications;
using Portal.Infrastructure.Sessions;

/// <summary>
/// The notifications on an agent's screen outlive the page (a reload shows them again), leave by themselves after a
/// minute unless pinned, and go when dismissed or when the session ends.
/// </summary>
public sealed class DeskNotificationBoardTests : IDisposable
{
    private readonly SessionEventBus _bus = new(NullLogger<SessionEventBus>.Instance);
    private readonly MovableClock _clock = new(Sessions.Now);
    private readonly DeskNotificationBoard _board;

    public DeskNotificationBoardTests() => _board = new DeskNotificationBoard(_bus, _clock);

    [Fact]
    public void A_notification_received_while_no_desk_is_open_is_on_the_board_for_the_next_desk()
    {
        Receive("agent1", new AgentNotification("Team meeting at 3", "sup1"));

        var shown = Assert.Single(_board.OnScreen("agent1"));
        Assert.Equal("Team meeting at 3", shown.Notification.Text);
        Assert.Empty(_board.OnScreen("agent2"));
    }

    [Fact]
    public void The_desk_and_the_board_adding_the_same_notification_keep_one()
    {
        var received = Receive("agent1", new AgentNotification("Once", "sup1"));

        _board.Add(received);

        Assert.Single(_board.OnScreen("agent1"));
    }

    [Fact]
    public void An_unpinned_notification_leaves_after_a_minute_and_a_pinned_one_stays()
    {
        Receive("agent1", new AgentNotification("Passing", "sup1"));
        Receive("agent1", new AgentNotification("Callback due", "callbacks", Pinned: true));

        _clock.Advance(DeskNotificationBoard.Lifetime - TimeSpan.FromSeconds(1));
        Assert.Equal(2, _board.OnScreen("agent1").Count);

        _clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal("Callback due", Assert.Single(_board.OnScreen("agent1")).Notification.Text);

        _clock.Advance(TimeSpan.FromHours(8));
        Assert.Single(_board.OnScreen("agent1"));
    }

    [Fact]
    public void A_dismissed_notification_is_gone_for_every_desk_of_the_agent()
    {
        Receive("agent1", new AgentNotification("First", "sup1", Pinned: true));
        Receive("agent1", new AgentNotification("Second", "sup1", Pinned: true));

        _board.Dismiss("agent1", _board.OnScreen("agent1")[0].Id);

        Assert.Equal("Second", Assert.Single(_board.OnScreen("agent1")).Notification.Text);
    }

    [Fact]
    public void Logging_out_clears_the_agents_notifications()
    {
        Receive("agent1", new AgentNotification("Pinned", "sup1", Pinned: true));

        _bus.Publish(new SessionChange(Sessions.In(AgentState.LoggedOut), []));

        Assert.Empty(_board.OnScreen("agent1"));
    }

    [Fact]
    public void The_board_keeps_the_newest_twenty()
    {
        for (var i = 0; i < DeskNotificationBoard.MaxPerAgent + 5; i++)
        {
            Receive("agent1", new AgentNotification($"Message {i}", "sup1", Pinned: true));
        }

        var shown = _board.OnScreen("agent1");
        Assert.Equal(DeskNotificationBoard.MaxPerAgent, shown.Count);
        Assert.Equal("Message 5", shown[0].Notification.Text);
    }

    private NotificationReceived Receive(string agentUser, AgentNotification notification)
    {
        var received = new NotificationReceived(agentUser, _clock.GetUtcNow(), notification);
        _clock.Advance(TimeSpan.FromMilliseconds(1));
        _bus.Publish(new SessionChange(Sessions.In(AgentState.Ready, agentUser: agentUser), [received]));
        return received;
    }

    public void Dispose() => _board.Dispose();

    private sealed class MovableClock(DateTimeOffset start) : TimeProvider
    {
        private DateTimeOffset _now = start;

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan by) => _now += by;
    }
}
