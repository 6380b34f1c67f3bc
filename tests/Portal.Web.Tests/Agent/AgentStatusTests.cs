namespace Portal.Web.Tests.Agent;

using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Sessions;
using Portal.Web.Components.Agent;

public sealed class AgentStatusTests : PortalTestContext
{
    public AgentStatusTests() => Services.AddSingleton<TimeProvider>(new FixedTimeProvider(Sessions.Now));

    [Fact]
    public void Status_region_announces_paused_with_pause_code()
    {
        var cut = RenderStatus(Sessions.In(AgentState.Paused, "BREAK"));

        Assert.Equal("PAUSED BREAK", StatusRegion(cut).TextContent);
    }

    [Fact]
    public void Status_region_announces_paused_login_right_after_login()
    {
        var cut = RenderStatus(Sessions.In(AgentState.Paused, PauseCodeRules.Login));

        Assert.Equal("PAUSED LOGIN", StatusRegion(cut).TextContent);
    }

    [Theory]
    [InlineData(AgentState.Ready, "READY")]
    [InlineData(AgentState.InCall, "INCALL")]
    [InlineData(AgentState.Dispo, "DISPO")]
    public void Status_region_announces_state_by_its_vicidial_name(AgentState state, string expected)
    {
        var cut = RenderStatus(Sessions.In(state));

        Assert.Equal(expected, StatusRegion(cut).TextContent);
    }

    [Fact]
    public void Status_region_is_a_polite_live_region()
    {
        var cut = RenderStatus(Sessions.In(AgentState.Ready));

        Assert.Equal("polite", StatusRegion(cut).GetAttribute("aria-live"));
    }

    [Fact]
    public void Status_region_follows_a_new_session_parameter()
    {
        var cut = RenderStatus(Sessions.In(AgentState.Ready));

        cut.Render(p => p.Add(c => c.Session, Sessions.In(AgentState.Paused, "BREAK")));

        Assert.Equal("PAUSED BREAK", StatusRegion(cut).TextContent);
    }

    [Fact]
    public void Time_in_state_is_measured_from_the_injected_clock()
    {
        var since = Sessions.Now.AddSeconds(-75);

        var cut = RenderStatus(Sessions.In(AgentState.Ready) with { StateSince = since });

        var elapsed = cut.Find("[aria-label='Time in state']");
        Assert.Equal("01:15", elapsed.TextContent);
        Assert.Equal(since.ToUnixTimeMilliseconds().ToString(), elapsed.GetAttribute("data-since"));
        Assert.Equal("75", elapsed.GetAttribute("data-elapsed"));
    }

    [Fact]
    public void Campaign_and_phone_login_are_shown()
    {
        var cut = RenderStatus(Sessions.In(AgentState.Ready) with { CampaignId = "SUPPORT", PhoneLogin = "SIP/2002" });

        Assert.Equal("SUPPORT", FactValue(cut, "Campaign"));
        Assert.Equal("SIP/2002", FactValue(cut, "Phone"));
    }

    [Fact]
    public void Pending_pause_after_call_names_its_pause_code()
    {
        var session = Sessions.In(AgentState.InCall) with { PauseAfterDispo = true, PendingPauseCode = "BREAK" };

        var cut = RenderStatus(session);

        Assert.Equal("You will be paused after this call (BREAK).", cut.Find(".agent-intent").TextContent);
    }

    [Fact]
    public void Pending_pause_after_call_without_code_says_so_plainly()
    {
        var cut = RenderStatus(Sessions.In(AgentState.InCall) with { PauseAfterDispo = true });

        Assert.Equal("You will be paused after this call.", cut.Find(".agent-intent").TextContent);
    }

    [Fact]
    public void Pending_logout_after_call_is_announced()
    {
        var cut = RenderStatus(Sessions.In(AgentState.InCall) with { LogoutAfterDispo = true });

        Assert.Equal("You will be logged out after this call.", cut.Find(".agent-intent").TextContent);
    }

    [Fact]
    public void No_intent_is_shown_when_nothing_is_pending()
    {
        var cut = RenderStatus(Sessions.In(AgentState.InCall));

        Assert.Empty(cut.FindAll(".agent-intent"));
    }

    private IRenderedComponent<AgentStatus> RenderStatus(SessionSnapshot session) =>
        Render<AgentStatus>(p => p.Add(c => c.Session, session));

    private static AngleSharp.Dom.IElement StatusRegion(IRenderedComponent<AgentStatus> cut) =>
        cut.Find("[role='status'][aria-label='Agent state']");

    private static string FactValue(IRenderedComponent<AgentStatus> cut, string term) =>
        cut.FindAll(".agent-facts > div")
            .Single(d => d.QuerySelector("dt")?.TextContent == term)
            .QuerySelector("dd")!.TextContent;
}
