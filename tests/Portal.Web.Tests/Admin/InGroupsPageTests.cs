namespace Portal.Web.Tests.Admin;

using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Portal.Infrastructure.Admin.Catalog;
using Portal.Infrastructure.Admin.Leads;
using Portal.Web.Components.Admin.Catalog;

public sealed class InGroupsPageTests : AdminTestContext
{
    private readonly FakeCatalog _catalog = new();

    public InGroupsPageTests()
    {
        Services.AddSingleton<IInGroupAdmin>(_catalog);
        Services.AddSingleton<IListAdmin>(new FakeListAdmin());
    }

    [Fact]
    public void The_list_shows_every_in_group_with_its_state()
    {
        var cut = RenderPage();

        var rows = cut.FindAll("tbody tr").Select(r => (r.QuerySelector("td[data-label='In-group']")?.TextContent.Trim(), r.QuerySelector("td[data-label='State']")?.TextContent.Trim()));

        Assert.Equal([("SALESLINE", "active"), ("OLDQ", "inactive")], rows);
    }

    [Fact]
    public void Search_narrows_the_list_by_id_or_name()
    {
        var cut = RenderPage();

        Field(cut, "Search by id or name").Input("old");

        Assert.Equal(["OLDQ"], cut.FindAll("tbody td[data-label='In-group']").Select(td => td.TextContent.Trim()));
    }

    [Fact]
    public void A_bad_id_is_refused_before_sending()
    {
        var cut = RenderPage();
        Field(cut, "In-group id").Change("Q");
        Field(cut, "Name").Change("Queue");
        cut.Find("form").Submit();

        Assert.Equal(["An in-group id has 2 to 20 letters, digits, - or _."], Messages(cut));
        Assert.Empty(_catalog.CreatedInGroups);
    }

    [Fact]
    public void A_valid_in_group_is_sent_with_its_colour_and_list_and_a_saved_snackbar_shows()
    {
        var cut = RenderPage();
        Field(cut, "In-group id").Change("BILLING");
        Field(cut, "Name").Change("Billing");
        Field(cut, "Priority (higher is answered first)").Change("7");
        Choose(cut, "List for new callers' leads", "201");
        var picker = cut.FindComponent<MudBlazor.MudColorPicker>();
        picker.InvokeAsync(() => picker.Instance.ValueChanged.InvokeAsync(new MudBlazor.Utilities.MudColor("#2e7d32")));

        cut.Find("form").Submit();

        Assert.Equal([("BILLING", new InGroupSettings("Billing", "#2e7d32", 7, 201))], _catalog.CreatedInGroups);
        Assert.Contains("In-group BILLING saved.", Snackbars.Markup);
    }

    private IRenderedComponent<InGroupsPage> RenderPage()
    {
        RenderProviders();
        return Render<InGroupsPage>();
    }
}
