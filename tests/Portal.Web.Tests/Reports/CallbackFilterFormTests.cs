namespace Portal.Web.Tests.Reports;

using Bunit;
using Portal.Infrastructure.Reports;
using Portal.Infrastructure.Reports.Callbacks;
using Portal.Web.Components.Reports;

public sealed class CallbackFilterFormTests : ScreenTestContext
{
    private readonly CallbackFilterInput _input = new();
    private int _applied;

    public CallbackFilterFormTests()
    {
    }

    [Fact]
    public void Last_due_day_before_the_first_shows_a_validation_message_and_applies_nothing()
    {
        var cut = RenderForm();

        Field(cut, "Due from").Change("2026-01-05");
        Field(cut, "Due to").Change("2026-01-04");
        cut.Find("form").Submit();

        Assert.Equal(["The last due day must not be before the first."], Errors(cut));
        Assert.Equal(0, _applied);
    }

    [Fact]
    public void Same_first_and_last_due_day_is_one_day()
    {
        var cut = RenderForm();

        Field(cut, "Due from").Change("2026-01-05");
        Field(cut, "Due to").Change("2026-01-05");
        cut.Find("form").Submit();

        Assert.Equal(1, _applied);
    }

    [Fact]
    public void Standing_campaign_and_agent_are_applied()
    {
        var cut = RenderForm();

        Choose<CallbackFilterForm, CallbackStanding?>(cut, "Standing", CallbackStanding.Overdue);
        Choose(cut, "Campaign", "TESTCAMP");
        Field(cut, "Agent").Change(" 1001 ");
        cut.Find("form").Submit();

        Assert.Equal(1, _applied);
        Assert.Equal(
            new CallbackFilter { Standing = CallbackStanding.Overdue, CampaignId = "TESTCAMP", AgentUser = "1001" },
            _input.ToFilter());
        Assert.Equal("?campaignId=TESTCAMP&agentUser=1001&standing=Overdue", _input.ToQueryString());
    }


    private IRenderedComponent<CallbackFilterForm> RenderForm() =>
        Render<CallbackFilterForm>(p => p
            .Add(c => c.Input, _input)
            .Add(c => c.Campaigns, [new ReportCampaign("TESTCAMP", "Test campaign")])
            .Add(c => c.OnApply, () => _applied++));
}
