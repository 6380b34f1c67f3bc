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

    private IRenderedComponent<CampaignEditPage> RenderNew() => Render<CampaignEditPage>();

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
        cut.Find("#campaign-id").Change("TOOLONGID");
        cut.Find("#campaign-name").Change("Spring");
        cut.Find("#campaign-dial-level").Change("12");
        cut.Find("#campaign-web-form").Change("crm.example.com");

        cut.Find("form").Submit();

        Assert.Equal(
            ["A campaign id has 1 to 8 letters, digits, - or _.", "The dial level is from 0 to 10.", "The web form is an http:// or https:// address."],
            Messages(cut));
        Assert.Empty(_campaigns.Created);
    }

    [Fact]
    public void In_groups_are_offered_once_inbound_is_allowed_and_inactive_ones_are_not()
    {
        var cut = RenderNew();
        Assert.Empty(cut.FindAll("[id^='campaign-ingroup-']"));

        cut.Find("#campaign-inbound").Change(true);

        Assert.Equal(["campaign-ingroup-SALESLINE"], cut.FindAll("[id^='campaign-ingroup-']").Select(e => e.Id));
    }

    [Fact]
    public void Hotkeys_offer_only_active_statuses_agents_can_choose()
    {
        var cut = RenderNew();

        var options = cut.FindAll("#hotkey-1 option").Select(o => o.GetAttribute("value"));

        Assert.Equal(["", "SALE"], options);
    }

    [Fact]
    public void A_valid_form_sends_every_setting()
    {
        var cut = RenderNew();
        cut.Find("#campaign-id").Change("SPRING");
        cut.Find("#campaign-name").Change("Spring sale");
        cut.Find("#campaign-dial-method").Change(nameof(DialMethod.InboundMan));
        cut.Find("#campaign-inbound").Change(true);
        cut.Find("#campaign-ingroup-SALESLINE").Change(true);
        cut.Find("#campaign-pause-codes").Change(nameof(PauseCodeMode.Forced));
        cut.Find("#campaign-callbacks").Change(false);
        cut.Find("#hotkey-3").Change("SALE");
        cut.Find("#campaign-timer-seconds").Change("45");
        cut.Find("#campaign-timer-message").Change("Offer the upgrade");

        cut.Find("form").Submit();

        var (id, settings) = Assert.Single(_campaigns.Created);
        Assert.Equal("SPRING", id);
        Assert.Equal((DialMethod.InboundMan, true, PauseCodeMode.Forced, false, 45, "Offer the upgrade"),
            (settings.DialMethod, settings.InboundAllowed, settings.PauseCodes, settings.ScheduledCallbacks, settings.TimerActionSeconds, settings.TimerActionMessage));
        Assert.Equal(["SALESLINE"], settings.InGroupIds);
        Assert.Equal(new Dictionary<string, string> { ["3"] = "SALE" }, settings.Hotkeys);
    }

    [Fact]
    public void A_problem_with_the_in_groups_is_shown_with_them()
    {
        _campaigns.Result = AdminResult.Invalid(nameof(CampaignSettings.InGroupIds), "There is no in-group GONE.");
        var cut = RenderNew();
        cut.Find("#campaign-id").Change("SPRING");
        cut.Find("#campaign-name").Change("Spring sale");
        cut.Find("#campaign-inbound").Change(true);

        cut.Find("form").Submit();

        Assert.Equal(["There is no in-group GONE."], Messages(cut));
    }

    [Fact]
    public void Every_control_is_labelled()
    {
        var cut = RenderNew();
        cut.Find("#campaign-inbound").Change(true);

        AssertEveryControlIsLabelled(cut);
    }
}
