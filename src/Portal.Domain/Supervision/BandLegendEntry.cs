namespace Portal.Domain.Supervision;

/// <summary>One colour of the wallboard legend and what it means.</summary>
public sealed record BandLegendEntry(BandColor Color, string Meaning)
{
    public string CssClass => "band-" + Color.ToString().ToLowerInvariant();
}
