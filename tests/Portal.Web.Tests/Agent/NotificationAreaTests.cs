namespace Portal.Web.Tests.Agent;

using Bunit;
using Portal.Domain.Sessions;
using Portal.Infrastructure.Notifications;
using Portal.Web.Components.Agent;

public sealed class NotificationAreaTests : PortalTestContext
{
    [Theory]
    [InlineData(-5, 10)]
    [InlineData(9, 10)]
    [InlineData(20, 20)]
    [InlineData(36, 36)]
    [InlineData(500, 36)]
    public void Text_size_is_clamped_to_10_to_36_px(int size, int expected) =>
        Assert.StartsWith($"font-size:{expected}px;", NotificationStyle.Css(new AgentNotification("Hi", "sup", TextSize: size)));

    [Theory]
    [InlineData("#000", "#000000")]
    [InlineData("#8b0000", "#8b0000")]
    [InlineData("darkred", "#8b0000")]
    public void A_colour_readable_on_the_notification_paper_is_kept(string color, string expected) =>
        Assert.Equal(expected, NotificationStyle.ReadableColor(color));

    [Theory]
    [InlineData("yellow")]
    [InlineData("#ffffff")]
    [InlineData("#fafafa")]
    [InlineData("red;background:url(x)")]
    [InlineData("expression(alert(1))")]
    [InlineData("#GGGGGG")]
    [InlineData("")]
    public void A_hard_to_read_or_unsafe_colour_falls_back_to_the_theme_text(string color)
    {
        Assert.Null(NotificationStyle.ReadableColor(color));
        Assert.DoesNotContain("color", NotificationStyle.Css(new AgentNotification("Hi", "sup", TextColor: color)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("bold", "bold")]
    [InlineData("bold;color:red", "normal")]
    [InlineData("900", "normal")]
    public void Only_known_weights_are_kept(string weight, string expected) =>
        Assert.Contains($"font-weight:{expected}", NotificationStyle.Css(new AgentNotification("Hi", "sup", TextWeight: weight)), StringComparison.Ordinal);

    [Fact]
    public void Long_text_is_capped_on_screen()
    {
        var text = NotificationStyle.Text(new AgentNotification(new string('x', 1000), "sup"));

        Assert.Equal(NotificationStyle.MaxLength, text.Length);
        Assert.EndsWith("…", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_notification_is_an_alert_with_its_text_and_sender()
    {
        var cut = RenderArea(Shown(7, new AgentNotification("Team meeting at 3", "sup1")), Shown(9, new AgentNotification("Great sale!", "sup2")));

        var alerts = cut.FindAll("[role='alert']");
        Assert.Equal(2, alerts.Count);
        Assert.Contains("Team meeting at 3", alerts[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("from sup1", alerts[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("Great sale!", alerts[1].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Closing_an_alert_raises_on_dismiss_with_the_notification_id()
    {
        var dismissed = new List<long>();
        var cut = Render<NotificationArea>(p => p
            .Add(c => c.Notifications, [Shown(7, new AgentNotification("First", "sup1")), Shown(9, new AgentNotification("Second", "sup1"))])
            .Add(c => c.OnDismiss, (long id) => dismissed.Add(id)));

        cut.FindAll("[role='alert'] button")[1].Click();

        Assert.Equal([9], dismissed);
    }

    [Fact]
    public void No_notifications_render_nothing()
    {
        var cut = RenderArea();

        Assert.Empty(cut.Markup.Trim());
    }

    [Fact]
    public void A_pinned_notification_says_it_stays_until_closed()
    {
        var cut = RenderArea(Shown(3, new AgentNotification("Callback due now for lead 42", "callbacks", Pinned: true)));

        Assert.Contains("kept until you close it", cut.Find("[role='alert']").TextContent, StringComparison.Ordinal);
    }

    private static DeskNotification Shown(long id, AgentNotification notification) =>
        new(id, new NotificationReceived("1001", DateTimeOffset.UnixEpoch, notification), notification.Pinned ? DateTimeOffset.MaxValue : DateTimeOffset.UnixEpoch.AddMinutes(1));

    private IRenderedComponent<NotificationArea> RenderArea(params DeskNotification[] notifications) =>
        Render<NotificationArea>(p => p.Add(c => c.Notifications, notifications));
}
