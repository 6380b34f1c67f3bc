namespace Portal.Web.Tests.Agent;

using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Campaigns;
using Portal.Infrastructure.Agents;
using Portal.Infrastructure.Calls;
using Portal.Web.Components.Agent;
using Portal.Web.Tests.Fakes;

public sealed class ManualDialPanelTests : PortalTestContext
{
    private readonly FakeCallDesk _desk = new();

    public ManualDialPanelTests()
    {
        Services.AddSingleton<ICallDesk>(_desk);
        JSInterop.Mode = JSRuntimeMode.Loose;
    }

    [Fact]
    public void Dial_sends_the_phone_code_number_and_search_existing_flag()
    {
        var cut = RenderPanel();

        cut.Find("#dial-phone-code").Change("44");
        cut.Find("#dial-number").Input(" 2071234567 ");
        cut.Find("#dial-search").Change(false);
        cut.Button("Dial").Click();

        Assert.Equal([("agent1", new ManualDialRequest("44", "2071234567", SearchExistingLead: false))], _desk.ManualDials);
    }

    [Fact]
    public void Dial_defaults_to_phone_code_1_and_searching_existing_leads()
    {
        var cut = RenderPanel();

        cut.Find("#dial-number").Input("5551234567");
        cut.Button("Dial").Click();

        Assert.Equal([("agent1", new ManualDialRequest("1", "5551234567", SearchExistingLead: true))], _desk.ManualDials);
    }

    [Fact]
    public void Dial_inputs_are_labelled()
    {
        var cut = RenderPanel();

        Assert.Equal(
            ["Phone code", "Number to dial", "Search existing leads"],
            new[] { "dial-phone-code", "dial-number", "dial-search" }.Select(id => cut.Find($"label[for='{id}']").TextContent));
    }

    [Fact]
    public void Refused_dial_is_shown_as_an_alert()
    {
        _desk.Result = DeskResult.Fail("5551234567 is on the do-not-call list and cannot be dialled.");
        var cut = RenderPanel();

        cut.Find("#dial-number").Input("5551234567");
        cut.Button("Dial").Click();

        Assert.Equal("5551234567 is on the do-not-call list and cannot be dialled.", cut.Find("[role='alert']").TextContent);
    }

    [Fact]
    public void Refused_dial_keeps_the_number_for_correction()
    {
        _desk.Result = DeskResult.Fail("5551234567 is on the do-not-call list and cannot be dialled.");
        var cut = RenderPanel();

        cut.Find("#dial-number").Input("5551234567");
        cut.Button("Dial").Click();

        Assert.Equal("5551234567", cut.Find("#dial-number").GetAttribute("value"));
    }

    [Fact]
    public void Successful_dial_clears_the_number()
    {
        var cut = RenderPanel();

        cut.Find("#dial-number").Input("5551234567");
        cut.Button("Dial").Click();

        Assert.Equal("", cut.Find("#dial-number").GetAttribute("value"));
        Assert.Empty(cut.FindAll("[role='alert']"));
    }

    [Theory]
    [InlineData(DialMethod.Manual, true)]
    [InlineData(DialMethod.InboundMan, true)]
    [InlineData(DialMethod.Ratio, false)]
    public void Dial_next_number_is_offered_only_in_manual_campaigns(DialMethod method, bool offered)
    {
        var cut = RenderPanel(Profiles.Sales(method));

        Assert.Equal(offered, cut.ButtonTexts().Contains("Dial next number [N]"));
    }

    [Fact]
    public void Dial_next_number_asks_the_desk_for_the_next_lead()
    {
        var cut = RenderPanel(Profiles.Sales(DialMethod.Manual));

        cut.Button("Dial next number [N]").Click();

        Assert.Equal(["agent1"], _desk.DialNexts);
    }

    [Fact]
    public void Preview_next_lead_asks_the_desk_to_show_one()
    {
        var cut = RenderPanel();

        cut.Button("Preview next lead").Click();

        Assert.Equal(["show"], _desk.PreviewActions);
    }

    [Fact]
    public void Previewed_lead_of_the_session_is_shown()
    {
        var cut = RenderPanel(preview: Leads.With(42, Leads.Mary));

        Assert.Equal("Mary Smith · 5551234567 · Springfield IL · status NEW · called 0×", cut.Find("[aria-label='Lead preview'] p").TextContent);
    }

    [Fact]
    public void Preview_offers_dial_skip_and_finish()
    {
        var cut = RenderPanel(preview: Leads.With(42, Leads.Mary));

        Assert.Equal(["Dial lead", "Skip lead", "Finish preview"], cut.ButtonTexts());
    }

    [Fact]
    public void Preview_only_campaigns_offer_no_skip()
    {
        var cut = RenderPanel(Profiles.Sales(DialMethod.Manual) with { PreviewDial = PreviewDialMode.PreviewOnly }, Leads.With(42, Leads.Mary));

        Assert.Equal(["Dial lead", "Finish preview"], cut.ButtonTexts());
    }

    [Fact]
    public void Campaigns_without_preview_offer_no_preview_button()
    {
        var cut = RenderPanel(Profiles.Sales(DialMethod.Manual) with { PreviewDial = PreviewDialMode.Disabled });

        Assert.DoesNotContain("Preview next lead", cut.ButtonTexts());
    }

    [Theory]
    [InlineData("Dial lead", "dial Main")]
    [InlineData("Skip lead", "skip")]
    [InlineData("Finish preview", "finish")]
    public void Preview_buttons_send_their_action(string button, string action)
    {
        var cut = RenderPanel(preview: Leads.With(42, Leads.Mary));

        cut.Button(button).Click();

        Assert.Equal([action], _desk.PreviewActions);
    }

    [Fact]
    public void Preview_failure_is_shown()
    {
        _desk.Result = DeskResult.Fail("There are no more leads to preview in this campaign.");
        var cut = RenderPanel();

        cut.Button("Preview next lead").Click();

        Assert.Equal("There are no more leads to preview in this campaign.", cut.Find("[role='alert']").TextContent);
    }

    [Theory]
    [InlineData(true, "5559876543", true)]
    [InlineData(true, null, false)]
    [InlineData(false, "5559876543", false)]
    public void Dial_alt_phone_is_offered_only_when_allowed_and_the_lead_has_one(bool allowed, string? altPhone, bool offered)
    {
        var cut = RenderPanel(Profiles.Sales() with { AltPhoneDialAllowed = allowed }, Leads.With(42, Leads.Mary with { AltPhone = altPhone }));

        Assert.Equal(offered, cut.ButtonTexts().Contains("Dial alt phone 5559876543"));
    }

    [Fact]
    public void Dial_alt_phone_dials_the_previewed_lead_on_its_alternate_phone()
    {
        var cut = RenderPanel(Profiles.Sales() with { AltPhoneDialAllowed = true }, Leads.With(42, Leads.Mary with { AltPhone = "5559876543" }));

        cut.Button("Dial alt phone 5559876543").Click();

        Assert.Equal(["dial AltPhone"], _desk.PreviewActions);
    }

    private IRenderedComponent<ManualDialPanel> RenderPanel(CampaignProfile? profile = null, Portal.Domain.Leads.Lead? preview = null) =>
        Render<ManualDialPanel>(p => p
            .Add(c => c.AgentUser, "agent1")
            .Add(c => c.Profile, profile ?? Profiles.Sales(DialMethod.Manual))
            .Add(c => c.Preview, preview));
}
