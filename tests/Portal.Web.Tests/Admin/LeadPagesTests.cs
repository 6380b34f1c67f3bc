namespace Portal.Web.Tests.Admin;

using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Portal.Infrastructure.Admin;
using Portal.Infrastructure.Admin.Leads;
using Portal.Web.Components.Admin.Leads;

/// <summary>The lead search and the lead editor.</summary>
public sealed class LeadPagesTests : AdminTestContext
{
    private readonly FakeLeadAdmin _leads = new();

    public LeadPagesTests()
    {
        Services.AddSingleton<ILeadAdmin>(_leads);
        Services.AddSingleton<IListAdmin>(new FakeListAdmin());
        _leads.Leads.Add(Leads.With(7, Leads.Mary, listId: 201));
        _leads.Leads.Add(Leads.With(8, Leads.John, listId: 101));
    }

    [Fact]
    public void Search_sends_the_query_and_list_and_lists_what_the_service_found()
    {
        RenderProviders();
        var cut = Render<LeadsPage>();

        Field(cut, "Lead id, phone, vendor code or name").Change("smith");
        Choose(cut, "In list", "201");
        cut.Find("form[role='search']").Submit();

        Assert.Equal([("smith", 201L)], _leads.Searches);
        var row = cut.Find("table[aria-label='Leads found'] tbody tr");
        Assert.Equal("Mary Smith", row.QuerySelector("td[data-label='Name']")!.TextContent.Trim());
        Assert.EndsWith("admin/leads/7", row.QuerySelector("td[data-label='Lead'] a")!.GetAttribute("href"), StringComparison.Ordinal);
    }

    [Fact]
    public void Before_a_search_the_page_says_how_to_search()
    {
        RenderProviders();
        var cut = Render<LeadsPage>();

        Assert.StartsWith("Search for leads by id", cut.Find("table[aria-label='Leads found'] tbody").TextContent.Trim(), StringComparison.Ordinal);
        Assert.Empty(_leads.Searches);
    }

    [Fact]
    public void The_search_speaks_spanish()
    {
        UseSpanish();
        RenderProviders();
        var cut = Render<LeadsPage>();

        Assert.Equal("Leads", cut.Find("h1").TextContent.Trim());
        Assert.NotNull(Field(cut, "Id de lead, teléfono, código de proveedor o nombre"));
        Assert.Equal("Buscar", ButtonLookup.ButtonText(cut.Find("form[role='search'] button[type='submit']")));
    }

    [Fact]
    public void A_bad_phone_number_is_refused_next_to_its_field()
    {
        var cut = RenderEditor(7);

        Field(cut, "Phone number").Change("12");
        cut.Find("form").Submit();

        Assert.Equal(["The phone number has 3 to 18 digits."], Messages(cut));
        Assert.Empty(_leads.Updates);
    }

    [Fact]
    public void A_valid_edit_is_saved_and_a_saved_snackbar_shows()
    {
        var cut = RenderEditor(7);

        Field(cut, "City").Change("Chicago");
        Field(cut, "Date of birth").Change("1981-05-03");
        cut.Find("form").Submit();

        var (id, details) = Assert.Single(_leads.Updates);
        Assert.Equal((7L, "Chicago", new DateOnly(1981, 5, 3)), (id, details.City, details.DateOfBirth));
        Assert.Contains("Lead 7 saved.", Snackbars.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void The_services_problem_appears_next_to_its_field()
    {
        _leads.Result = new AdminResult(new Dictionary<string, string> { ["Email"] = "That e-mail belongs to another lead." });
        var cut = RenderEditor(7);

        cut.Find("form").Submit();

        Assert.Equal(["That e-mail belongs to another lead."], Messages(cut));
    }

    [Fact]
    public void The_editor_speaks_spanish()
    {
        UseSpanish();
        var cut = RenderEditor(7);

        Assert.Equal("Lead 7", cut.Find("h1").TextContent.Trim());
        Assert.Equal("Smith", Field(cut, "Apellidos").GetAttribute("value"));
        Assert.Equal("Guardar lead", ButtonLookup.ButtonText(cut.Find("button[type='submit']")));
    }

    private IRenderedComponent<LeadEditPage> RenderEditor(long id)
    {
        RenderProviders();
        return Render<LeadEditPage>(p => p.Add(x => x.LeadId, id));
    }
}
