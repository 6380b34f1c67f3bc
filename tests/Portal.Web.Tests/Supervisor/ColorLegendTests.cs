namespace Portal.Web.Tests.Supervisor;

using Bunit;
using Portal.Domain.Supervision;
using Portal.Web.Components.Supervisor;

public sealed class ColorLegendTests : BunitContext
{
    [Fact]
    public void Legend_explains_every_colour_in_words()
    {
        var cut = Render<ColorLegend>();

        var entries = cut.FindAll("li").Select(li => (li.GetAttribute("data-band"), li.TextContent)).ToList();

        Assert.Equal(Enum.GetNames<BandColor>().Order(), entries.Select(e => e.Item1!).Order());
        Assert.Contains(("LightBlue", "Waiting for a call (READY)"), entries);
        Assert.Contains(("Black", "Customer hung up; the agent is still on the line"), entries);
    }

    [Fact]
    public void Swatches_carry_the_row_colour_class_and_are_hidden_from_screen_readers()
    {
        var cut = Render<ColorLegend>();

        var swatch = cut.Find("li[data-band='Olive'] .swatch");

        Assert.Contains("band-olive", swatch.ClassList);
        Assert.Equal("true", swatch.GetAttribute("aria-hidden"));
    }
}
