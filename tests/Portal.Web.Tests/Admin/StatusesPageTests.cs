namespace Portal.Web.Tests.Admin;

using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Campaigns;
using Portal.Infrastructure.Admin.Campaigns;
using Portal.Infrastructure.Admin.Catalog;
using Portal.Web.Components.Admin.Catalog;

public sealed class StatusesPageTests : AdminTestContext
{
    private readonly FakeCatalog _catalog = new();
    private IRenderedComponent<MudBlazor.MudDialogProvider> _dialogs = default!;

    public StatusesPageTests()
    {
        Services.AddSingleton<IStatusAdmin>(_catalog);
        Services.AddSingleton<ICampaignAdmin>(new FakeCampaignAdmin());
    }

    [Fact]
    public void The_list_shows_each_system_status_with_its_flags_and_state()
    {
        var cut = RenderPage();

        var rows = cut.FindAll("tbody tr").Select(r => (
            r.QuerySelector("td[data-label='Code']")?.TextContent.Trim(),
            r.QuerySelector("td[data-label='Flags']")?.TextContent.Trim(),
            r.QuerySelector("td[data-label='State']")?.TextContent.Trim()));

        Assert.Equal([("SALE", "selectable, sale", "active"), ("NEW", "none", "active"), ("GONE", "selectable", "inactive")], rows);
    }

    [Fact]
    public void A_bad_code_is_refused_next_to_the_field_before_sending()
    {
        var cut = RenderPage();
        Field(cut, "Status code").Change("TOOLONG");
        Field(cut, "Name").Change("Too long");

        cut.Find("form").Submit();

        cut.WaitForAssertion(() => Assert.Equal(["A status code has 1 to 6 letters, digits, - or _."], Messages(cut)));
        Assert.Empty(_catalog.CreatedStatuses);
    }

    [Fact]
    public void A_valid_status_is_sent_with_its_flags_and_a_saved_snackbar_shows()
    {
        var cut = RenderPage();
        Field(cut, "Status code").Change("cb");
        Field(cut, "Name").Change("Call back");
        Check(cut, "Scheduled callback (asks for a date and time)");
        Check(cut, "Human answered");

        cut.Find("form").Submit();

        Assert.Equal([("cb", null, "Call back", StatusFlags.Selectable | StatusFlags.ScheduledCallback | StatusFlags.HumanAnswered)], _catalog.CreatedStatuses);
        Assert.Contains("Status CB saved.", Snackbars.Markup);
    }

    [Fact]
    public void Deactivating_a_status_is_confirmed_first()
    {
        var cut = RenderPage();

        ButtonNamed(cut, "Deactivate status SALE").Click();
        Assert.Empty(_catalog.StatusActivations);
        _dialogs.WaitForAssertion(() => _dialogs.Button("Deactivate").Click());

        cut.WaitForAssertion(() => Assert.Equal([("SALE", false)], _catalog.StatusActivations));
        Assert.Contains("Status SALE deactivated.", Snackbars.Markup);
    }

    [Fact]
    public void The_page_speaks_Spanish()
    {
        UseSpanish();

        var cut = RenderPage();

        Assert.Equal("Estados", cut.Find("h1").TextContent.Trim());
        Assert.NotNull(Field(cut, "Código de estado"));
        Assert.Contains("Seleccionable por los agentes", cut.Markup);
    }

    private IRenderedComponent<StatusesPage> RenderPage()
    {
        _dialogs = RenderProviders();
        return Render<StatusesPage>();
    }
}
