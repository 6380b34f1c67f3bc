namespace Portal.Domain.Tests;

using Portal.Domain.Leads;

public sealed class LeadTemplateTests
{
    private static readonly Dictionary<string, string?> NoName = new(StringComparer.Ordinal) { ["first_name"] = "", ["fullname"] = "Ann" };

    [Fact]
    public void An_empty_variable_never_leaves_a_space_before_punctuation_in_a_script()
    {
        Assert.Equal("Hello, this is Ann.", LeadTemplate.RenderForReading("Hello --A--first_name--B--, this is --A--fullname--B--.", NoName));
    }

    [Fact]
    public void An_empty_variable_between_words_leaves_one_space()
    {
        Assert.Equal("Dear customer", LeadTemplate.RenderForReading("Dear --A--first_name--B-- customer", NoName));
    }

    [Fact]
    public void Web_form_addresses_keep_the_template_exactly()
    {
        Assert.Equal("https://crm/?n=&u=Ann", LeadTemplate.Render("https://crm/?n=--A--first_name--B--&u=--A--fullname--B--", NoName, Uri.EscapeDataString));
    }
}
