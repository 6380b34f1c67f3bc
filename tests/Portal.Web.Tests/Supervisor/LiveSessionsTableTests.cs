namespace Portal.Web.Tests.Supervisor;

using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Sessions;
using Portal.Web.Components.Supervisor;

public sealed class LiveSessionsTableTests : BunitContext
{
    public LiveSessionsTableTests() => Services.AddSingleton<TimeProvider>(new FixedTimeProvider(Sessions.Now));

    [Fact]
    public void Table_has_one_row_per_session()
    {
        var cut = RenderTable(
            Sessions.In(AgentState.Ready, agentUser: "alice"),
            Sessions.In(AgentState.Paused, "BREAK", agentUser: "bob"));

        var agents = cut.FindAll("tbody tr").Select(r => r.GetAttribute("data-agent"));
        Assert.Equal(["alice", "bob"], agents);
    }

    [Fact]
    public void Row_shows_user_campaign_state_and_pause_code()
    {
        var cut = RenderTable(Sessions.In(AgentState.Paused, "BREAK", agentUser: "bob") with { CampaignId = "SUPPORT" });

        var cells = cut.Find("tbody tr").Children.Select(c => c.TextContent);
        Assert.Equal(["bob", "SUPPORT", "PAUSED", "BREAK"], cells.Take(4));
    }

    [Fact]
    public void State_cell_uses_the_vicidial_name()
    {
        var cut = RenderTable(Sessions.In(AgentState.InCall, agentUser: "alice"));

        Assert.Equal("INCALL", cut.Find("[aria-label='State of alice']").TextContent);
    }

    [Fact]
    public void State_cell_is_labelled_with_the_agent_user()
    {
        var cut = RenderTable(
            Sessions.In(AgentState.Ready, agentUser: "alice"),
            Sessions.In(AgentState.Dispo, agentUser: "bob"));

        var labels = cut.FindAll("tbody tr td:nth-of-type(2)").Select(c => c.GetAttribute("aria-label"));
        Assert.Equal(["State of alice", "State of bob"], labels);
    }

    private IRenderedComponent<LiveSessionsTable> RenderTable(params SessionSnapshot[] sessions) =>
        Render<LiveSessionsTable>(p => p.Add(c => c.Sessions, sessions));
}
