namespace Portal.Web.Tests.Admin;

using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Portal.Infrastructure.Admin;
using Portal.Infrastructure.Admin.Campaigns;
using Portal.Infrastructure.Admin.Catalog;
using Portal.Web.Components.Admin.Catalog;

public sealed class PauseCodesPageTests : AdminTestContext
{
    private readonly FakePauseCodeAdmin _codes = new();

    public PauseCodesPageTests()
    {
        Services.AddSingleton<IPauseCodeAdmin>(_codes);
        Services.AddSingleton<ICampaignAdmin>(new FakeCampaignAdmin());
    }

    [Fact]
    public void Search_narrows_the_list_by_code_or_name()
    {
        var cut = RenderPage();

        Field(cut, "Search by code or name").Input("train");

        Assert.Equal(["TRAIN"], cut.FindAll("tbody td[data-label='Code']").Select(td => td.TextContent.Trim()));
    }

    [Fact]
    public void An_empty_form_shows_what_is_missing_and_sends_nothing()
    {
        var cut = RenderPage();

        cut.Find("form").Submit();

        Assert.Equal(["Enter a pause code.", "Enter a name."], Messages(cut));
        Assert.Empty(_codes.Created);
    }

    [Fact]
    public void A_valid_billable_pause_code_is_sent_and_a_saved_snackbar_shows()
    {
        var cut = RenderPage();
        Field(cut, "Pause code").Change("coach");
        Field(cut, "Name").Change("Coaching");
        Check(cut, "Billable (paid time)");

        cut.Find("form").Submit();

        Assert.Equal([("coach", null, "Coaching", true)], _codes.Created);
        Assert.Contains("Pause code COACH saved.", Snackbars.Markup);
    }

    [Fact]
    public void The_services_problem_appears_next_to_its_field()
    {
        _codes.Result = AdminResult.Invalid("Code", "Pause code LUNCH already exists.");
        var cut = RenderPage();
        Field(cut, "Pause code").Change("LUNCH");
        Field(cut, "Name").Change("Lunch again");

        cut.Find("form").Submit();

        Assert.Equal(["Pause code LUNCH already exists."], Messages(cut));
    }

    [Fact]
    public void The_page_speaks_Spanish()
    {
        UseSpanish();

        var cut = RenderPage();

        Assert.Equal("Códigos de pausa", cut.Find("h1").TextContent.Trim());
        Assert.NotNull(Field(cut, "Código de pausa"));
        Assert.Equal("Añadir código de pausa", ButtonLookup.ButtonText(cut.Find("button[type='submit']")));
    }

    private IRenderedComponent<PauseCodesPage> RenderPage()
    {
        RenderProviders();
        return Render<PauseCodesPage>();
    }
}
