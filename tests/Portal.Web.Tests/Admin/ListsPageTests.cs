namespace Portal.Web.Tests.Admin;

using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Portal.Infrastructure.Admin;
using Portal.Infrastructure.Admin.Campaigns;
using Portal.Infrastructure.Admin.Leads;
using Portal.Web.Components.Admin.Leads;

public sealed class ListsPageTests : AdminTestContext
{
    private readonly FakeListAdmin _lists = new();

    public ListsPageTests()
    {
        Services.AddSingleton<IListAdmin>(_lists);
        Services.AddSingleton<ICampaignAdmin>(new FakeCampaignAdmin());
    }

    [Fact]
    public void Every_list_is_shown_with_its_campaign_and_a_link_to_its_leads()
    {
        var cut = RenderPage();

        var row = cut.Find("table[aria-label='Every list, active or not'] tbody tr");
        Assert.Equal("Inbound callers", row.QuerySelector("td[data-label='Name']")!.TextContent.Trim());
        Assert.Equal("INBOUND", row.QuerySelector("td[data-label='Campaign']")!.TextContent.Trim());
        Assert.EndsWith("admin/leads?list=201", row.QuerySelector("td[data-label='Leads'] a")!.GetAttribute("href"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_list_needs_an_id_a_name_and_a_campaign()
    {
        var cut = RenderPage();

        cut.Find("form").Submit();

        Assert.Equal(["A list id is a number from 1 to 99999999999.", "Enter a name.", "Choose the campaign that dials this list."], Messages(cut));
        Assert.Empty(_lists.Created);
    }

    [Fact]
    public void A_valid_list_is_created_and_a_saved_snackbar_shows()
    {
        var cut = RenderPage();

        Field(cut, "List id").Change("301");
        Field(cut, "Name").Change("Spring leads");
        Choose(cut, "Campaign", "TESTCAMP");
        cut.Find("form").Submit();

        Assert.Equal([(301L, "Spring leads", "TESTCAMP")], _lists.Created);
        Assert.Contains("List 301 saved.", Snackbars.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void The_services_problem_appears_next_to_its_field()
    {
        _lists.Result = new AdminResult(new Dictionary<string, string> { ["Id"] = "List 301 already exists." });
        var cut = RenderPage();

        Field(cut, "List id").Change("301");
        Field(cut, "Name").Change("Spring leads");
        Choose(cut, "Campaign", "TESTCAMP");
        cut.Find("form").Submit();

        Assert.Equal(["List 301 already exists."], Messages(cut));
    }

    [Fact]
    public void The_page_speaks_spanish()
    {
        UseSpanish();
        var cut = RenderPage();

        Assert.Equal("Listas", cut.Find("h1").TextContent.Trim());
        Assert.NotNull(Field(cut, "Id de la lista"));
        Assert.Equal("Añadir lista", ButtonLookup.ButtonText(cut.Find("button[type='submit']")));
    }

    private IRenderedComponent<ListsPage> RenderPage()
    {
        RenderProviders();
        return Render<ListsPage>();
    }
}
