namespace Portal.Web.Tests.Agent;

using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Leads;
using Portal.Infrastructure.Leads;
using Portal.Web.Components.Agent;
using Portal.Web.Tests.Fakes;

public sealed class LeadPanelTests : PortalTestContext
{
    private readonly FakeLeadSearch _leads = new();
    private readonly List<long> _saved = [];

    public LeadPanelTests()
    {
        Services.AddSingleton<ILeadSearch>(_leads);
        JSInterop.Mode = JSRuntimeMode.Loose;
    }

    [Theory]
    [InlineData("lead-title-field", "Title", "Ms")]
    [InlineData("lead-first-name", "First name", "Mary")]
    [InlineData("lead-last-name", "Last name", "Smith")]
    [InlineData("lead-phone-code", "Phone code", "1")]
    [InlineData("lead-phone", "Phone number", "5551234567")]
    [InlineData("lead-email", "E-mail", "mary@example.com")]
    [InlineData("lead-city", "City", "Springfield")]
    [InlineData("lead-state", "State", "IL")]
    [InlineData("lead-postal-code", "Postal code", "62701")]
    [InlineData("lead-dob", "Date of birth", "1980-04-02")]
    [InlineData("lead-rank", "Rank", "5")]
    [InlineData("lead-comments", "Comments", "Prefers mornings")]
    public void Lead_field_is_shown_in_its_labelled_input(string id, string label, string value)
    {
        var cut = RenderPanel();

        Assert.Equal(label, cut.Find($"label[for='{id}']").TextContent);
        Assert.Equal(value, cut.Find($"#{id}").GetAttribute("value") ?? cut.Find($"#{id}").TextContent);
    }

    [Fact]
    public void Every_input_has_a_label()
    {
        var cut = RenderPanel();

        var ids = cut.FindAll("form input, form textarea").Select(i => i.Id).ToList();
        Assert.Equal(24, ids.Count);
        Assert.All(ids, id => Assert.Single(cut.FindAll($"label[for='{id}']")));
    }

    [Fact]
    public void Heading_names_the_lead_its_list_status_and_attempts()
    {
        var cut = RenderPanel();

        Assert.Equal("Lead 42 list 101 · status NEW · called 0×", Normalized(cut.Find("#lead-title").TextContent));
    }

    [Fact]
    public void Saving_sends_the_edited_details_for_the_lead()
    {
        var cut = RenderPanel();

        cut.Find("#lead-first-name").Change("Marianne");
        cut.Find("#lead-state").Change("oh");
        cut.Find("form").Submit();

        var (leadId, details) = Assert.Single(_leads.Updates);
        Assert.Equal(42, leadId);
        Assert.Equal(Leads.Mary with { FirstName = "Marianne", State = "OH" }, details);
    }

    [Fact]
    public void Cleared_field_is_saved_as_empty()
    {
        var cut = RenderPanel();

        cut.Find("#lead-city").Change("   ");
        cut.Find("form").Submit();

        Assert.Null(Assert.Single(_leads.Updates).Details.City);
    }

    [Fact]
    public void Successful_save_says_lead_saved()
    {
        var cut = RenderPanel();

        cut.Find("form").Submit();

        Assert.Equal("Lead saved.", cut.Find("[role='status']").TextContent);
    }

    [Fact]
    public void Successful_save_raises_on_saved_with_the_lead_id()
    {
        var cut = RenderPanel();

        cut.Find("form").Submit();

        Assert.Equal([42L], _saved);
    }

    [Fact]
    public void Problems_returned_by_the_update_are_shown_as_alerts()
    {
        _leads.Problems["phone_number"] = "5551234567 is on the do-not-call list.";
        _leads.Problems["email"] = "That e-mail belongs to another lead.";
        var cut = RenderPanel();

        cut.Find("form").Submit();

        var alerts = cut.FindAll(".form-error[role='alert']").Select(a => a.TextContent).Order(StringComparer.Ordinal);
        Assert.Equal(["5551234567 is on the do-not-call list.", "That e-mail belongs to another lead."], alerts);
    }

    [Fact]
    public void Save_with_problems_neither_says_saved_nor_raises_on_saved()
    {
        _leads.Problems["phone_number"] = "5551234567 is on the do-not-call list.";
        var cut = RenderPanel();

        cut.Find("form").Submit();

        Assert.Empty(cut.FindAll("[role='status']"));
        Assert.Empty(_saved);
    }

    [Fact]
    public void Invalid_email_is_caught_by_the_form_without_an_update()
    {
        var cut = RenderPanel();

        cut.Find("#lead-email").Change("not-an-email");
        cut.Find("form").Submit();

        Assert.Empty(_leads.Updates);
        Assert.Equal(["Enter a valid e-mail address."], cut.FindAll(".validation-errors li").Select(li => li.TextContent));
    }

    [Fact]
    public void Invalid_phone_number_is_caught_by_the_form_without_an_update()
    {
        var cut = RenderPanel();

        cut.Find("#lead-phone").Change("555-1234");
        cut.Find("form").Submit();

        Assert.Empty(_leads.Updates);
        Assert.Equal(["The phone number has 3 to 18 digits."], cut.FindAll(".validation-errors li").Select(li => li.TextContent));
    }

    [Fact]
    public void Unsaved_typing_survives_a_re_render_of_the_same_lead()
    {
        var cut = RenderPanel();
        cut.Find("#lead-first-name").Change("Marianne");

        cut.Render(p => p.Add(c => c.Lead, Leads.With(42, Leads.Mary)));

        Assert.Equal("Marianne", cut.Find("#lead-first-name").GetAttribute("value"));
    }

    [Fact]
    public void Another_lead_replaces_the_form_values()
    {
        var cut = RenderPanel();
        cut.Find("#lead-first-name").Change("Marianne");

        cut.Render(p => p.Add(c => c.Lead, Leads.With(43, Leads.John)));

        Assert.Equal("John", cut.Find("#lead-first-name").GetAttribute("value"));
    }

    private IRenderedComponent<LeadPanel> RenderPanel(Lead? lead = null) =>
        Render<LeadPanel>(p => p
            .Add(c => c.Lead, lead ?? Leads.With(42, Leads.Mary))
            .Add(c => c.OnSaved, (long id) => _saved.Add(id)));

    private static string Normalized(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
