namespace Portal.Web.Tests.Agent;

using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Campaigns;
using Portal.Infrastructure.Agents;
using Portal.Infrastructure.Calls;
using Portal.Web.Components.Agent;
using Portal.Web.Tests.Fakes;
using Radzen;

public sealed class ManualDialPanelTests : BunitContext
{
    private readonly FakeCallDesk _desk = new();

    public ManualDialPanelTests()
    {
        Services.AddRadzenComponents();
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
    public void Preview_shows_the_next_lead()
    {
        _desk.Previews.Enqueue(Leads.With(42, Leads.Mary));
        var cut = RenderPanel();

        cut.Button("Preview next lead").Click();

        Assert.Equal("Mary Smith · 5551234567 · Springfield IL · status NEW · called 0×", cut.Find("[aria-label='Lead preview'] p").TextContent);
    }

    [Fact]
    public void Preview_offers_dial_skip_and_finish()
    {
        _desk.Previews.Enqueue(Leads.With(42, Leads.Mary));
        var cut = RenderPanel();

        cut.Button("Preview next lead").Click();

        Assert.Equal(["Dial lead", "Skip lead", "Finish preview"], cut.ButtonTexts());
    }

    [Fact]
    public void Dial_lead_dials_the_previewed_lead_by_id()
    {
        _desk.Previews.Enqueue(Leads.With(42, Leads.Mary));
        var cut = RenderPanel();
        cut.Button("Preview next lead").Click();

        cut.Button("Dial lead").Click();

        Assert.Equal([("agent1", new ManualDialRequest("1", "5551234567", LeadId: 42))], _desk.ManualDials);
    }

    [Fact]
    public void Skip_lead_skips_it_and_previews_the_next_one()
    {
        _desk.Previews.Enqueue(Leads.With(42, Leads.Mary));
        _desk.Previews.Enqueue(Leads.With(43, Leads.John));
        var cut = RenderPanel();
        cut.Button("Preview next lead").Click();

        cut.Button("Skip lead").Click();

        Assert.Equal([("agent1", 42L)], _desk.Skips);
        Assert.Equal(2, _desk.PreviewRequests.Count);
        Assert.StartsWith("John Doe", cut.Find("[aria-label='Lead preview'] p").TextContent);
    }

    [Fact]
    public void Finish_preview_returns_to_the_dial_form()
    {
        _desk.Previews.Enqueue(Leads.With(42, Leads.Mary));
        var cut = RenderPanel();
        cut.Button("Preview next lead").Click();

        cut.Button("Finish preview").Click();

        Assert.Empty(cut.FindAll("[aria-label='Lead preview']"));
        Assert.NotNull(cut.Find("#dial-number"));
    }

    [Fact]
    public void Preview_with_no_lead_left_says_so()
    {
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
        _desk.Previews.Enqueue(Leads.With(42, Leads.Mary with { AltPhone = altPhone }));
        var cut = RenderPanel(Profiles.Sales() with { AltPhoneDialAllowed = allowed });

        cut.Button("Preview next lead").Click();

        Assert.Equal(offered, cut.ButtonTexts().Contains("Dial alt phone 5559876543"));
    }

    [Fact]
    public void Dial_alt_phone_dials_the_lead_on_its_alternate_phone()
    {
        _desk.Previews.Enqueue(Leads.With(42, Leads.Mary with { AltPhone = "5559876543" }));
        var cut = RenderPanel(Profiles.Sales() with { AltPhoneDialAllowed = true });
        cut.Button("Preview next lead").Click();

        cut.Button("Dial alt phone 5559876543").Click();

        Assert.Equal([("agent1", new ManualDialRequest("1", "5551234567", LeadId: 42, UseAltPhone: true))], _desk.ManualDials);
    }

    private IRenderedComponent<ManualDialPanel> RenderPanel(CampaignProfile? profile = null) =>
        Render<ManualDialPanel>(p => p
            .Add(c => c.AgentUser, "agent1")
            .Add(c => c.Profile, profile ?? Profiles.Sales(DialMethod.Manual)));
}
