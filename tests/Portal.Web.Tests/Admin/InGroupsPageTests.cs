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
        var cut = Render<InGroupsPage>();

        var rows = cut.FindAll("tbody tr").Select(r => (r.GetAttribute("data-ingroup"), r.Children[6].TextContent));

        Assert.Equal([("SALESLINE", "active"), ("OLDQ", "inactive")], rows);
    }

    [Fact]
    public void A_bad_id_colour_and_priority_are_refused_before_sending()
    {
        var cut = Render<InGroupsPage>();
        cut.Find("#ingroup-id").Change("Q");
        cut.Find("#ingroup-name").Change("Queue");
        cut.Find("#ingroup-color").Change("red");
        cut.Find("#ingroup-priority").Change("100");

        cut.Find("form").Submit();

        Assert.Equal(
            ["An in-group id has 2 to 20 letters, digits, - or _.", "The colour is a hex colour such as #1565c0.", "The priority is from 0 to 99."],
            Messages(cut));
        Assert.Empty(_catalog.CreatedInGroups);
    }

    [Fact]
    public void A_valid_in_group_is_sent_with_its_list()
    {
        var cut = Render<InGroupsPage>();
        cut.Find("#ingroup-id").Change("BILLING");
        cut.Find("#ingroup-name").Change("Billing");
        cut.Find("#ingroup-priority").Change("7");
        cut.Find("#ingroup-list").Change("201");

        cut.Find("form").Submit();

        Assert.Equal([("BILLING", new InGroupSettings("Billing", "#1565c0", 7, 201))], _catalog.CreatedInGroups);
        Assert.Equal("In-group BILLING saved.", cut.Find("[role='status']").TextContent);
    }

    [Fact]
    public void Every_control_is_labelled() => AssertEveryControlIsLabelled(Render<InGroupsPage>());
}
