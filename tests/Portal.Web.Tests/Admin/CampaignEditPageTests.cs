namespace Portal.Web.Tests.Admin;

using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Campaigns;
using Portal.Infrastructure.Admin;
using Portal.Infrastructure.Admin.Campaigns;
using Portal.Infrastructure.Admin.Catalog;
using Portal.Web.Components.Admin.Campaigns;

public sealed class CampaignEditPageTests : AdminTestContext
{
    private readonly FakeCampaignAdmin _campaigns = new();

    public CampaignEditPageTests()
    {
        var catalog = new FakeCatalog();
        Services.AddSingleton<ICampaignAdmin>(_campaigns);
        Services.AddSingleton<IInGroupAdmin>(catalog);
        Services.AddSingleton<IStatusAdmin>(catalog);
    }

    private IRenderedComponent<CampaignEditPage> RenderNew()
    {
        RenderProviders();
        return Render<CampaignEditPage>();
    }

    private static IReadOnlyList<string?> Options<T>(IRenderedComponent<T> cut, string label)
        where T : class, Microsoft.AspNetCore.Components.IComponent =>
        [.. cut.FindComponents<MudBlazor.MudSelect<string>>().Single(s => s.Instance.Label == label)
            .FindComponents<MudBlazor.MudSelectItem<string>>().Select(i => i.Instance.Value)];

    private static IReadOnlyList<string?> InGroupChoices<T>(IRenderedComponent<T> cut)
        where T : class, Microsoft.AspNetCore.Components.IComponent =>
        [.. cut.FindComponents<MudBlazor.MudCheckBox<bool>>().Select(c => c.Instance.Label).Where(l => l is not null && l.Contains(" – ", StringComparison.Ordinal))];

    [Fact]
    public void An_empty_form_shows_what_is_missing_and_sends_nothing()
    {
        var cut = RenderNew();

        cut.Find("form").Submit();

        Assert.Equal(["Enter a campaign id.", "Enter a name."], Messages(cut));
        Assert.Empty(_campaigns.Created);
    }

    [Fact]
    public void Values_out_of_range_are_refused_before_sending()
    {
        var cut = RenderNew();
        Field(cut, "Campaign id").Change("TOOLONGID");
        Field(cut, "Name").Change("Spring");
        Field(cut, "Dial level (lines per ready agent, auto-dial)").Change("12");
        Field(cut, "Web form address (lead variables like --A--lead_id--B--)").Change("crm.example.com");

        cut.Find("form").Submit();

        // The field changed last shows its message once MudBlazor has validated it, a render later.
        cut.WaitForAssertion(() => Assert.Equal(
            ["A campaign id has 1 to 8 letters, digits, - or _.", "The dial level is from 0 to 10.", "The web form is an http:// or https:// address."],
            Messages(cut)));
        Assert.Empty(_campaigns.Created);
    }

    [Fact]
    public void In_groups_are_offered_once_inbound_is_allowed_and_inactive_ones_are_not()
    {
        var cut = RenderNew();
        Assert.Empty(InGroupChoices(cut));

        Check(cut, "Allow inbound calls");

        Assert.Equal(["SALESLINE – Sales line"], InGroupChoices(cut));
    }

    [Fact]
    public void Hotkeys_offer_only_active_statuses_agents_can_choose()
    {
        var cut = RenderNew();

        Assert.Equal(["", "SALE"], Options(cut, "Key 1"));
    }

    [Fact]
    public void A_valid_form_sends_every_setting()
    {
        var cut = RenderNew();
        Field(cut, "Campaign id").Change("SPRING");
        Field(cut, "Name").Change("Spring sale");
        Choose(cut, "Dial method", DialMethod.InboundMan);
        Check(cut, "Allow inbound calls");
        Check(cut, "SALESLINE – Sales line");
        Choose(cut, "Pause codes", PauseCodeMode.Forced);
        Check(cut, "Agents may schedule callbacks (callback statuses are offered)", on: false);
        Choose(cut, "Key 3", "SALE");
        Field(cut, "Timer action after (seconds into a call, 0 = off)").Change("45");
        Field(cut, "Timer action message").Change("Offer the upgrade");

        cut.Find("form").Submit();

        var (id, settings) = Assert.Single(_campaigns.Created);
        Assert.Equal("SPRING", id);
        Assert.Equal((DialMethod.InboundMan, true, PauseCodeMode.Forced, false, 45, "Offer the upgrade"),
            (settings.DialMethod, settings.InboundAllowed, settings.PauseCodes, settings.ScheduledCallbacks, settings.TimerActionSeconds, settings.TimerActionMessage));
        Assert.Equal(["SALESLINE"], settings.InGroupIds);
        Assert.Equal(new Dictionary<string, string> { ["3"] = "SALE" }, settings.Hotkeys);
        Assert.Contains("Campaign SPRING saved.", Snackbars.Markup);
    }

    [Fact]
    public void A_problem_with_the_in_groups_is_shown_with_them()
    {
        _campaigns.Result = AdminResult.Invalid(nameof(CampaignSettings.InGroupIds), "There is no in-group GONE.");
        var cut = RenderNew();
        Field(cut, "Campaign id").Change("SPRING");
        Field(cut, "Name").Change("Spring sale");
        Check(cut, "Allow inbound calls");

        cut.Find("form").Submit();

        Assert.Equal(["There is no in-group GONE."], Messages(cut));
    }

    [Fact]
    public void Every_control_is_labelled()
    {
        var cut = RenderNew();
        Check(cut, "Allow inbound calls");

        AssertEveryControlIsLabelled(cut);
    }

    [Fact]
    public void The_page_speaks_Spanish()
    {
        UseSpanish();

        var cut = RenderNew();

        Assert.Equal("Nueva campaña", cut.Find("h1").TextContent.Trim());
        Assert.NotNull(Field(cut, "ID de la campaña"));
        Assert.Contains("Permitir llamadas entrantes", cut.Markup);
        Assert.Contains("Teclas rápidas de resultado", cut.Markup);
    }
}
