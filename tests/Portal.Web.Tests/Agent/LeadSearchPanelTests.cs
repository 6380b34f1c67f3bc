namespace Portal.Web.Tests.Agent;

using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Portal.Infrastructure.Calls;
using Portal.Infrastructure.Leads;
using Portal.Web.Components.Agent;
using Portal.Web.Tests.Fakes;

public sealed class LeadSearchPanelTests : PortalTestContext
{
    private readonly FakeLeadSearch _search = new();
    private readonly FakeCallDesk _desk = new();

    public LeadSearchPanelTests()
    {
        Services.AddSingleton<ILeadSearch>(_search);
        Services.AddSingleton<ICallDesk>(_desk);
        JSInterop.Mode = JSRuntimeMode.Loose;
    }

    [Fact]
    public void Query_shorter_than_two_characters_asks_for_more_without_searching()
    {
        var cut = RenderPanel();

        Search(cut, " M ");

        Assert.Empty(_search.Queries);
        Assert.Equal("Type at least 2 characters.", cut.Find("[role='alert']").TextContent);
    }

    [Fact]
    public void Search_lists_the_matching_leads()
    {
        _search.Found = [Leads.With(42, Leads.Mary)];
        var cut = RenderPanel();

        Search(cut, " Smith ");

        Assert.Equal(["Smith"], _search.Queries);
        Assert.Equal(["42", "Mary Smith", "5551234567", "Springfield IL", "NEW"], cut.FindAll("tbody tr td").Take(5).Select(td => td.TextContent));
    }

    [Fact]
    public void Search_without_matches_says_so()
    {
        var cut = RenderPanel();

        Search(cut, "Nobody");

        Assert.Equal("No lead matches “Nobody”.", cut.Find(".empty-state").TextContent);
    }

    [Fact]
    public void Call_is_disabled_unless_the_agent_can_dial()
    {
        _search.Found = [Leads.With(42, Leads.Mary)];
        var cut = RenderPanel(canDial: false);

        Search(cut, "Smith");

        Assert.True(cut.Find("button[aria-label='Call lead 42']").HasAttribute("disabled"));
    }

    [Fact]
    public void Call_dials_the_lead_by_id()
    {
        _search.Found = [Leads.With(42, Leads.Mary)];
        var cut = RenderPanel(canDial: true);
        Search(cut, "Smith");

        cut.Find("button[aria-label='Call lead 42']").Click();

        Assert.Equal([("agent1", new ManualDialRequest("1", "5551234567", LeadId: 42))], _desk.ManualDials);
    }

    private IRenderedComponent<LeadSearchPanel> RenderPanel(bool canDial = true) =>
        Render<LeadSearchPanel>(p => p.Add(c => c.AgentUser, "agent1").Add(c => c.CanDial, canDial));

    private static void Search(IRenderedComponent<LeadSearchPanel> cut, string query)
    {
        cut.Find("#lead-search-query").Change(query);
        cut.Find("form").Submit();
    }
}
