namespace Portal.Web.Tests.Reports;

using Bunit;
using Radzen;
using Portal.Infrastructure.Reports;
using Portal.Web.Components.Reports;

public sealed class AgentTimeFilterFormTests : BunitContext
{
    private readonly AgentTimeFilterInput _input = new() { Day = new DateOnly(2026, 1, 5) };
    private int _applied;

    public AgentTimeFilterFormTests()
    {
        Services.AddRadzenComponents();
        JSInterop.Mode = JSRuntimeMode.Loose;
    }

    [Fact]
    public void Cleared_day_asks_for_a_day_and_applies_nothing()
    {
        var cut = RenderForm();

        cut.Find("#agent-time-day").Change("");
        cut.Find("form").Submit();

        Assert.Equal(["Choose a day."], cut.FindAll(".validation-message").Select(m => m.TextContent));
        Assert.Equal(0, _applied);
    }

    [Fact]
    public void Campaign_choices_are_the_supervised_campaigns_plus_all()
    {
        var cut = RenderForm();

        Assert.Equal(
            ["All my campaigns", "INBOUND – Inbound", "TESTCAMP – Test campaign"],
            cut.FindAll("#agent-time-campaign option").Select(o => o.TextContent));
    }

    [Fact]
    public void Day_and_campaign_are_applied()
    {
        var cut = RenderForm();

        cut.Find("#agent-time-day").Change("2026-01-04");
        cut.Find("#agent-time-campaign").Change("INBOUND");
        cut.Find("form").Submit();

        Assert.Equal(1, _applied);
        Assert.Equal((new DateOnly(2026, 1, 4), "INBOUND"), (_input.Day, _input.CampaignId));
        Assert.Equal("?day=2026-01-04&campaignId=INBOUND", _input.ToQueryString());
    }

    [Fact]
    public void Every_control_has_a_label()
    {
        var cut = RenderForm();

        Assert.All(cut.FindAll("input, select"), c => Assert.Single(cut.FindAll($"label[for='{c.Id}']")));
    }

    private IRenderedComponent<AgentTimeFilterForm> RenderForm() =>
        Render<AgentTimeFilterForm>(p => p
            .Add(c => c.Input, _input)
            .Add(c => c.Campaigns, [new ReportCampaign("INBOUND", "Inbound"), new ReportCampaign("TESTCAMP", "Test campaign")])
            .Add(c => c.OnApply, () => _applied++));
}
