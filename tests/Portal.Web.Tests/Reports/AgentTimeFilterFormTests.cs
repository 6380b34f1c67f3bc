namespace Portal.Web.Tests.Reports;

using Bunit;
using Portal.Infrastructure.Reports;
using Portal.Web.Components.Reports;

public sealed class AgentTimeFilterFormTests : ScreenTestContext
{
    private readonly AgentTimeFilterInput _input = new() { Day = new DateOnly(2026, 1, 5) };
    private int _applied;

    public AgentTimeFilterFormTests()
    {
    }

    [Fact]
    public void Cleared_day_asks_for_a_day_and_applies_nothing()
    {
        var cut = RenderForm();

        Field(cut, "Day").Change("");
        cut.Find("form").Submit();

        Assert.Equal(["Choose a day."], Errors(cut));
        Assert.Equal(0, _applied);
    }


    [Fact]
    public void Day_and_campaign_are_applied()
    {
        var cut = RenderForm();

        Field(cut, "Day").Change("2026-01-04");
        Choose(cut, "Campaign", "INBOUND");
        cut.Find("form").Submit();

        Assert.Equal(1, _applied);
        Assert.Equal((new DateOnly(2026, 1, 4), "INBOUND"), (_input.Day, _input.CampaignId));
        Assert.Equal("?day=2026-01-04&campaignId=INBOUND", _input.ToQueryString());
    }


    private IRenderedComponent<AgentTimeFilterForm> RenderForm() =>
        Render<AgentTimeFilterForm>(p => p
            .Add(c => c.Input, _input)
            .Add(c => c.Campaigns, [new ReportCampaign("INBOUND", "Inbound"), new ReportCampaign("TESTCAMP", "Test campaign")])
            .Add(c => c.OnApply, () => _applied++));
}
