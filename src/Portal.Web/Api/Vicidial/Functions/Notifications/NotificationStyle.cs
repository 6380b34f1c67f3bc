namespace Portal.Web.Api.Vicidial.Functions.Notifications;

using System.Text.RegularExpressions;
using Portal.Infrastructure.Calls;

/// <summary>
/// send_notification's look and confetti, with VICIdial's defaults (size 12, Arial, bold, black; confetti 2 s,
/// 2350 particles, speed 2). Portal enforces the documented maxima (10 s, 9999 particles, speed 100) by clamping,
/// which VICIdial's code does not; a missing or zero value takes the default.
/// </summary>
internal static partial class NotificationStyle
{
    public const int DefaultTextSize = 12;
    public const int DefaultConfettiSeconds = 2;
    public const int DefaultConfettiParticles = 2350;
    public const int DefaultConfettiSpeed = 2;
    public const int MaxConfettiSeconds = 10;
    public const int MaxConfettiParticles = 9999;
    public const int MaxConfettiSpeed = 100;

    /// <summary>A new notification with the request's text, look and confetti (recipient and time are set by the caller).</summary>
    public static QueuedNotification FromParameters(VicidialParameters p) => new()
    {
        Text = p["notification_text"],
        TextSize = OrDefault(p["text_size"], DefaultTextSize, int.MaxValue),
        TextFont = p["text_font"] is { Length: > 0 } font ? font : "Arial",
        TextWeight = p["text_weight"] is { Length: > 0 } weight ? weight : "bold",
        TextColor = Color(p["text_color"]),
        Confetti = ShowsConfetti(p),
        ConfettiSeconds = ShowsConfetti(p) ? OrDefault(p["duration"], DefaultConfettiSeconds, MaxConfettiSeconds) : 0,
        ConfettiParticles = ShowsConfetti(p) ? OrDefault(p["maxParticleCount"], DefaultConfettiParticles, MaxConfettiParticles) : 0,
        ConfettiSpeed = ShowsConfetti(p) ? OrDefault(p["particleSpeed"], DefaultConfettiSpeed, MaxConfettiSpeed) : 0,
    };

    /// <summary>Exactly <c>Y</c>: VICIdial ignores a lowercase <c>y</c>.</summary>
    public static bool ShowsConfetti(VicidialParameters p) => p["show_confetti"] == "Y";

    /// <summary>3 to 6 uppercase hex digits are a hex colour and get a <c>#</c>; anything else is a colour name.</summary>
    private static string Color(string color) =>
        color.Length == 0 ? "black" : HexColor().IsMatch(color) ? $"#{color}" : color;

    /// <summary>A digits-only parameter: empty or 0 gives the default; larger than the maximum gives the maximum.</summary>
    private static int OrDefault(string digits, int fallback, int max)
    {
        var trimmed = digits.TrimStart('0');
        if (trimmed.Length == 0)
        {
            return fallback;
        }

        return trimmed.Length > 9 ? max : Math.Min(max, int.Parse(trimmed, System.Globalization.CultureInfo.InvariantCulture));
    }

    [GeneratedRegex("^[0-9A-F]{3,6}$", RegexOptions.CultureInvariant)]
    private static partial Regex HexColor();
}
