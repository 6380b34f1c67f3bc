namespace Portal.Domain.Supervision;

/// <summary>How a wallboard row is coloured, and the same in words for people who cannot tell the colours apart.</summary>
public sealed record WallboardBand(BandColor Color, string Label)
{
    /// <summary>Dark backgrounds need light text to stay readable.</summary>
    public bool IsDark => Color is BandColor.Blue or BandColor.MidnightBlue or BandColor.Purple or BandColor.Black;

    /// <summary>The CSS class of the colour: <c>band-khaki</c>.</summary>
    public string CssClass => "band-" + Color.ToString().ToLowerInvariant();
}
