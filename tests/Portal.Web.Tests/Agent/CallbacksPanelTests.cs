namespace Portal.Web.Tests.Agent;

using AngleSharp.Dom;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Callbacks;
using Portal.Infrastructure.Callbacks;
using Portal.Infrastructure.Calls;
using Portal.Web.Components.Agent;
using Portal.Web.Tests.Fakes;

public sealed class CallbacksPanelTests : PortalTestContext
{
    private static readonly CallbackItem Due =
        new(1, LeadId: 42, "Mary Smith", "5551234567", Sessions.Now.AddMinutes(-5), CallbackType.UserOnly, "Wants the manager", IsDue: true);

    private static readonly CallbackItem Later =
        new(2, LeadId: 43, "John Doe", "5557654321", Sessions.Now.AddDays(1), CallbackType.Anyone, "", IsDue: false);

    private readonly FakeCallbackBook _book = new();
    private readonly FakeCallDesk _desk = new();

    public CallbacksPanelTests()
    {
        Services.AddSingleton<ICallbackBook>(_book);
        Services.AddSingleton<ICallDesk>(_desk);
        JSInterop.Mode = JSRuntimeMode.Loose;
    }

    [Fact]
    public void No_callbacks_shows_a_helpful_empty_state()
    {
        var cut = RenderPanel();

        Assert.Equal(
            "No callbacks scheduled. Choose CALLBK when you disposition a call to schedule one.",
            cut.Find(".empty-state").TextContent);
        Assert.Empty(cut.FindAll("table"));
    }

    [Fact]
    public void Callbacks_are_loaded_for_the_agent_and_campaign()
    {
        RenderPanel();

        Assert.Equal([("agent1", "SALES")], _book.Loads);
    }

    [Fact]
    public void Due_callback_row_is_marked_due()
    {
        _book.Items = [Due, Later];

        var cut = RenderPanel();

        Assert.Contains("due", Row(cut, 1).ClassList);
        Assert.EndsWith("(due)", Row(cut, 1).Children[0].TextContent.Trim());
    }

    [Fact]
    public void Callback_not_yet_due_is_not_marked_due()
    {
        _book.Items = [Due, Later];

        var cut = RenderPanel();

        Assert.DoesNotContain("due", Row(cut, 2).ClassList);
        Assert.DoesNotContain("(due)", Row(cut, 2).Children[0].TextContent);
    }

    [Fact]
    public void Heading_counts_the_due_callbacks()
    {
        _book.Items = [Due, Later];

        var cut = RenderPanel();

        Assert.Equal("Callbacks (1 due)", cut.Find("#callbacks-title").TextContent.Trim());
    }

    [Fact]
    public void Row_shows_lead_phone_type_and_comments()
    {
        _book.Items = [Due, Later];

        var cut = RenderPanel();

        Assert.Equal(
            ["Mary Smith (42)", "5551234567", "USERONLY", "Wants the manager"],
            Row(cut, 1).Children.Skip(1).Take(4).Select(c => c.TextContent));
        Assert.Equal("ANYONE", Row(cut, 2).Children[3].TextContent);
    }

    [Theory]
    [InlineData(false, true)]
    [InlineData(true, false)]
    public void Dial_button_is_enabled_only_when_the_agent_can_dial(bool canDial, bool disabled)
    {
        _book.Items = [Due];

        var cut = RenderPanel(canDial);

        Assert.Equal(disabled, DialButton(cut, "Mary Smith").HasAttribute("disabled"));
    }

    [Fact]
    public void Dial_places_a_manual_dial_for_the_callback_lead_and_callback()
    {
        _book.Items = [Due, Later];
        var cut = RenderPanel(canDial: true);

        DialButton(cut, "John Doe").Click();

        var (agentUser, request) = Assert.Single(_desk.ManualDials);
        Assert.Equal(("agent1", 43L, 2L, "5557654321"), (agentUser, request.LeadId, request.CallbackId, request.PhoneNumber));
    }

    [Fact]
    public void Successful_dial_reloads_the_callbacks()
    {
        _book.Items = [Due];
        var cut = RenderPanel(canDial: true);

        DialButton(cut, "Mary Smith").Click();

        Assert.Equal(2, _book.Loads.Count);
    }

    [Fact]
    public void Refused_dial_is_shown_as_an_alert()
    {
        _desk.Result = DeskResult.Fail("Pause first: manual dials are placed while paused.");
        _book.Items = [Due];
        var cut = RenderPanel(canDial: true);

        DialButton(cut, "Mary Smith").Click();

        Assert.Equal("Pause first: manual dials are placed while paused.", cut.Find("[role='alert']").TextContent);
    }

    [Fact]
    public void New_revision_reloads_the_callbacks()
    {
        var cut = RenderPanel();
        _book.Items = [Due];

        cut.Render(p => p.Add(c => c.Revision, 1));

        Assert.Equal(2, _book.Loads.Count);
        Assert.Single(cut.FindAll("tbody tr"));
    }

    [Fact]
    public void Same_revision_does_not_reload()
    {
        var cut = RenderPanel();

        cut.Render(p => p.Add(c => c.CanDial, true));

        Assert.Single(_book.Loads);
    }

    private IRenderedComponent<CallbacksPanel> RenderPanel(bool canDial = false) =>
        Render<CallbacksPanel>(p => p
            .Add(c => c.AgentUser, "agent1")
            .Add(c => c.CampaignId, "SALES")
            .Add(c => c.CanDial, canDial));

    private static IElement Row(IRenderedComponent<CallbacksPanel> cut, long callbackId) =>
        cut.Find($"tr[data-callback='{callbackId}']");

    private static IElement DialButton(IRenderedComponent<CallbacksPanel> cut, string leadName) =>
        cut.Find($"button[aria-label='Dial callback for {leadName}']");
}
