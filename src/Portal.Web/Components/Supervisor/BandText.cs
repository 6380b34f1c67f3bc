namespace Portal.Web.Components.Supervisor;

using Microsoft.Extensions.Localization;
using Portal.Domain.Supervision;

/// <summary>
/// VICIdial's colour bands in the viewer's language (resources keyed by the domain's English label and by
/// <c>Legend.{Color}</c>), and the row colour itself.
/// </summary>
public sealed class BandText
{
    private BandText()
    {
    }

    public static string Describe(IStringLocalizer<BandText> text, WallboardBand band) => text[band.Label];

    public static string Meaning(IStringLocalizer<BandText> text, BandLegendEntry entry) => text["Legend." + entry.Color];

    /// <summary>VICIdial's named CSS colours, with light text on the dark ones.</summary>
    public static string Style(BandColor color, bool dark) =>
        $"background-color:{color.ToString().ToLowerInvariant()};color:{(dark ? "#fff" : "#000")}";
}
