namespace Portal.Web.Tests.Agent;

using Bunit;
using Portal.Domain.Sessions;
using Portal.Web.Components.Agent;

public sealed class NotificationAreaTests : BunitContext
{
    [Theory]
    [InlineData(-5, 8)]
    [InlineData(7, 8)]
    [InlineData(8, 8)]
    [InlineData(20, 20)]
    [InlineData(48, 48)]
    [InlineData(49, 48)]
    [InlineData(500, 48)]
    public void Style_clamps_the_text_size_to_8_to_48_px(int size, int expected)
    {
        var style = NotificationArea.Style(new AgentNotification("Hi", "sup", TextSize: size));

        Assert.Equal($"font-size:{expected}px;color:#000000;font-weight:normal", style);
    }

    [Theory]
    [InlineData("#f00")]
    [InlineData("#FF8800")]
    [InlineData("#11223344")]
    [InlineData("red")]
    [InlineData("DarkSlateGray")]
    public void Style_keeps_hex_and_named_colours(string color)
    {
        var style = NotificationArea.Style(new AgentNotification("Hi", "sup", TextColor: color));

        Assert.Equal($"font-size:16px;color:{color};font-weight:normal", style);
    }

    [Theory]
    [InlineData("red;background:url(x)")]
    [InlineData("rgb(255,0,0)")]
    [InlineData("expression(alert(1))")]
    [InlineData("#12")]
    [InlineData("#GGGGGG")]
    [InlineData("red blue")]
    [InlineData("")]
    public void Style_replaces_any_other_colour_by_inherit(string color)
    {
        var style = NotificationArea.Style(new AgentNotification("Hi", "sup", TextColor: color));

        Assert.Equal("font-size:16px;color:inherit;font-weight:normal", style);
    }

    [Theory]
    [InlineData("bold")]
    [InlineData("bolder")]
    [InlineData("lighter")]
    [InlineData("normal")]
    public void Style_keeps_known_weights(string weight)
    {
        var style = NotificationArea.Style(new AgentNotification("Hi", "sup", TextWeight: weight));

        Assert.Equal($"font-size:16px;color:#000000;font-weight:{weight}", style);
    }

    [Theory]
    [InlineData("900")]
    [InlineData("BOLD")]
    [InlineData("bold;color:red")]
    [InlineData("")]
    public void Style_replaces_unknown_weights_by_normal(string weight)
    {
        var style = NotificationArea.Style(new AgentNotification("Hi", "sup", TextWeight: weight));

        Assert.Equal("font-size:16px;color:#000000;font-weight:normal", style);
    }

    [Fact]
    public void Each_notification_is_an_alert_with_its_text_and_sender()
    {
        var cut = RenderArea((7, new AgentNotification("Team meeting at 3", "sup1")), (9, new AgentNotification("Great sale!", "sup2")));

        var alerts = cut.FindAll(".notification[role='alert']");
        Assert.Equal(["Team meeting at 3", "Great sale!"], alerts.Select(a => a.QuerySelector("p")!.TextContent));
        Assert.Equal(["from sup1", "from sup2"], alerts.Select(a => a.QuerySelector(".muted")!.TextContent));
    }

    [Fact]
    public void Notification_text_carries_the_sanitised_style()
    {
        var notification = new AgentNotification("Careful", "sup1", TextSize: 90, TextColor: "red;background:url(x)", TextWeight: "bold");

        var cut = RenderArea((1, notification));

        Assert.Equal("font-size:48px;color:inherit;font-weight:bold", cut.Find(".notification p").GetAttribute("style"));
    }

    [Fact]
    public void Dismiss_button_raises_on_dismiss_with_the_notification_id()
    {
        var dismissed = new List<int>();
        var cut = Render<NotificationArea>(p => p
            .Add(c => c.Notifications, [(7, new AgentNotification("First", "sup1")), (9, new AgentNotification("Second", "sup1"))])
            .Add(c => c.OnDismiss, (int id) => dismissed.Add(id)));

        cut.FindAll("button[aria-label='Dismiss notification']")[1].Click();

        Assert.Equal([9], dismissed);
    }

    [Fact]
    public void No_notifications_render_nothing()
    {
        var cut = RenderArea();

        Assert.Empty(cut.Markup.Trim());
    }

    private IRenderedComponent<NotificationArea> RenderArea(params (int Id, AgentNotification Notification)[] notifications) =>
        Render<NotificationArea>(p => p.Add(c => c.Notifications, notifications));
}
