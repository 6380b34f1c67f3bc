namespace Portal.Web.Tests.Agent;

using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Portal.Infrastructure.Calls;
using Portal.Web.Components.Agent;
using Portal.Web.Tests.Fakes;

public sealed class CallLogPanelTests : PortalTestContext
{
    private readonly FakeCallLogBook _log = new();

    public CallLogPanelTests()
    {
        Services.AddSingleton<ICallLogBook>(_log);
        Services.AddSingleton<TimeProvider>(new FixedTimeProvider(Sessions.Now));
    }

    [Fact]
    public void No_calls_today_shows_an_empty_state()
    {
        var cut = RenderPanel();

        Assert.Equal("No calls yet today.", cut.Find(".empty-state").TextContent);
    }

    [Fact]
    public void Call_row_shows_phone_lead_direction_in_group_talk_time_and_status()
    {
        _log.Calls = [new CallLogEntry { PhoneNumber = "5551234567", LeadId = 42, Direction = "Inbound", InGroupId = "SUPPORT", TalkSeconds = 75, Status = "SALE", StartedAt = Sessions.Now }];

        var cut = RenderPanel();

        Assert.Equal(["5551234567", "42", "Inbound (SUPPORT)", "01:15", "SALE"], cut.FindAll("tbody td").Skip(1).Select(td => td.TextContent));
    }

    [Fact]
    public void Call_without_a_disposition_shows_a_dash()
    {
        _log.Calls = [new CallLogEntry { PhoneNumber = "5551234567", Direction = "Outbound", StartedAt = Sessions.Now }];

        var cut = RenderPanel();

        Assert.Equal("—", cut.FindAll("tbody td")[^1].TextContent);
    }

    [Fact]
    public void New_revision_reloads_the_log()
    {
        var cut = RenderPanel();

        cut.Render(p => p.Add(c => c.Revision, 1));

        Assert.Equal(["agent1", "agent1"], _log.Requests);
    }

    private IRenderedComponent<CallLogPanel> RenderPanel() => Render<CallLogPanel>(p => p.Add(c => c.AgentUser, "agent1"));
}
