namespace Portal.Web.Tests.Agent;

using Bunit;
using Portal.Domain.Leads;
using Portal.Infrastructure.Agents;
using Portal.Web.Components.Agent;

public sealed class ScriptPanelTests : PortalTestContext
{
    [Fact]
    public void Script_has_the_lead_and_agent_variables_filled_in()
    {
        var profile = Profiles.Sales() with { Script = "Hello --A--first_name--B-- --A--last_name--B--, this is --A--fullname--B-- (--A--user--B--) from --A--campaign--B--." };

        var cut = RenderPanel(profile, Leads.With(42, Leads.Mary));

        Assert.Equal("Hello Mary Smith, this is Alice Agent (agent1) from SALES.", cut.Find("[aria-label='Campaign script']").TextContent);
    }

    [Fact]
    public void Script_variable_the_lead_lacks_becomes_empty()
    {
        var profile = Profiles.Sales() with { Script = "Address: [--A--address3--B--] [--A--no_such_field--B--]" };

        var cut = RenderPanel(profile, Leads.With(42, Leads.Mary));

        Assert.Equal("Address: [] []", cut.Find("[aria-label='Campaign script']").TextContent);
    }

    [Fact]
    public void Script_shows_lead_values_as_text_not_markup()
    {
        var profile = Profiles.Sales() with { Script = "Hello --A--first_name--B--" };

        var cut = RenderPanel(profile, Leads.With(42, Leads.Mary with { FirstName = "<b>Mary</b>" }));

        var script = cut.Find("[aria-label='Campaign script']");
        Assert.Empty(script.Children);
        Assert.Equal("Hello <b>Mary</b>", script.TextContent);
    }

    [Fact]
    public void Web_form_link_url_encodes_the_lead_values()
    {
        var profile = Profiles.Sales() with { WebFormUrl = "https://crm.example/form?name=--A--first_name--B--&lead=--A--lead_id--B--" };

        var cut = RenderPanel(profile, Leads.With(42, Leads.Mary with { FirstName = "Mary Ann & Co" }));

        Assert.Equal("https://crm.example/form?name=Mary%20Ann%20%26%20Co&lead=42", WebFormLink(cut).GetAttribute("href"));
    }

    [Fact]
    public void Web_form_opens_in_a_new_tab_without_an_opener()
    {
        var profile = Profiles.Sales() with { WebFormUrl = "https://crm.example/form" };

        var cut = RenderPanel(profile, Leads.With(42, Leads.Mary));

        Assert.Equal(("_blank", "noopener noreferrer"), (WebFormLink(cut).GetAttribute("target"), WebFormLink(cut).GetAttribute("rel")));
    }

    [Fact]
    public void Campaign_with_only_a_web_form_shows_no_script_text()
    {
        var profile = Profiles.Sales() with { WebFormUrl = "https://crm.example/form" };

        var cut = RenderPanel(profile, Leads.With(42, Leads.Mary));

        Assert.Empty(cut.FindAll("[aria-label='Campaign script']"));
    }

    [Fact]
    public void Campaign_with_only_a_script_shows_no_web_form_link()
    {
        var profile = Profiles.Sales() with { Script = "Hello" };

        var cut = RenderPanel(profile, Leads.With(42, Leads.Mary));

        Assert.Empty(cut.FindAll("a"));
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("", "  ")]
    public void Campaign_without_script_or_web_form_renders_nothing(string? script, string? webForm)
    {
        var profile = Profiles.Sales() with { Script = script, WebFormUrl = webForm };

        var cut = RenderPanel(profile, Leads.With(42, Leads.Mary));

        Assert.Empty(cut.Markup.Trim());
    }

    private IRenderedComponent<ScriptPanel> RenderPanel(CampaignProfile profile, Lead lead) =>
        Render<ScriptPanel>(p => p
            .Add(c => c.Profile, profile)
            .Add(c => c.Lead, lead)
            .Add(c => c.AgentUser, "agent1")
            .Add(c => c.AgentName, "Alice Agent"));

    private static AngleSharp.Dom.IElement WebFormLink(IRenderedComponent<ScriptPanel> cut) =>
        cut.FindAll("a").Single(a => a.TextContent == "Open web form");
}
