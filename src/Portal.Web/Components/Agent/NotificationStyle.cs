namespace Portal.Web.Components.Agent;

using System.Globalization;
using Portal.Domain.Sessions;

/// <summary>
/// How a sender's styled notification is drawn: only safe values reach the page, the size is clamped so it never
/// pushes the desk off the screen, the text is capped, and a colour that would be hard to read on the notification's
/// light paper (the same in both themes) is dropped for the default text colour.
/// </summary>
public static class NotificationStyle
{
    public const int MinSize = 10;
    public const int MaxSize = 36;
    public const int MaxLength = 280;

    private const double MinContrast = 4.5;
    private static readonly (double R, double G, double B) Paper = (255, 255, 255);

    private static readonly Dictionary<string, string> Named = new(StringComparer.OrdinalIgnoreCase)
    {
        ["black"] = "#000000", ["white"] = "#ffffff", ["red"] = "#ff0000", ["green"] = "#008000", ["blue"] = "#0000ff",
        ["navy"] = "#000080", ["maroon"] = "#800000", ["purple"] = "#800080", ["teal"] = "#008080", ["olive"] = "#808000",
        ["gray"] = "#808080", ["grey"] = "#808080", ["orange"] = "#ffa500", ["yellow"] = "#ffff00", ["darkred"] = "#8b0000",
        ["darkgreen"] = "#006400", ["darkblue"] = "#00008b",
    };

    public static string Css(AgentNotification notification)
    {
        ArgumentNullException.ThrowIfNull(notification);
        var size = Math.Clamp(notification.TextSize, MinSize, MaxSize);
        var weight = notification.TextWeight is "bold" or "bolder" or "lighter" or "normal" ? notification.TextWeight : "normal";
        var color = ReadableColor(notification.TextColor);
        return $"font-size:{size}px;font-weight:{weight}" + (color is null ? "" : $";color:{color}");
    }

    public static string Text(AgentNotification notification)
    {
        ArgumentNullException.ThrowIfNull(notification);
        return notification.Text.Length <= MaxLength ? notification.Text : notification.Text[..(MaxLength - 1)] + "…";
    }

    /// <summary>The colour as #rrggbb when it reads well (WCAG AA, 4.5:1) on the notification paper, else null.</summary>
    public static string? ReadableColor(string? color)
    {
        var hex = color is null ? null : Named.GetValueOrDefault(color.Trim()) ?? color.Trim();
        if (hex is null || !TryParse(hex, out var rgb))
        {
            return null;
        }

        return Contrast(rgb, Paper) >= MinContrast
            ? $"#{(int)rgb.R:x2}{(int)rgb.G:x2}{(int)rgb.B:x2}"
            : null;
    }

    private static bool TryParse(string hex, out (double R, double G, double B) rgb)
    {
        rgb = default;
        if (!hex.StartsWith('#') || (hex.Length != 4 && hex.Length != 7) || !hex[1..].All(char.IsAsciiHexDigit))
        {
            return false;
        }

        var full = hex.Length == 4 ? string.Concat(hex[1..].Select(c => $"{c}{c}")) : hex[1..];
        int Channel(int i) => int.Parse(full.AsSpan(i * 2, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        rgb = (Channel(0), Channel(1), Channel(2));
        return true;
    }

    private static double Contrast((double R, double G, double B) a, (double R, double G, double B) b)
    {
        var (la, lb) = (Luminance(a), Luminance(b));
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }

    private static double Luminance((double R, double G, double B) c)
    {
        static double Linear(double v) => (v /= 255) <= 0.03928 ? v / 12.92 : Math.Pow((v + 0.055) / 1.055, 2.4);
        return (0.2126 * Linear(c.R)) + (0.7152 * Linear(c.G)) + (0.0722 * Linear(c.B));
    }
}
