namespace Portal.Web.Api.Vicidial.Functions.Notifications;

using System.Text.RegularExpressions;
using Portal.Infrastructure.Calls;
using Portal.Infrastructure.Notifications;

/// <summary>
/// send_notification's look and confetti, with <see cref="NotificationLimits"/>' defaults. Portal enforces the
/// documented maxima by clamping, which VICIdial's code does not; a missing or zero value takes the default.
/// </summary>
internal static partial class NotificationStyle
{
    public const int DefaultTextSize = NotificationLimits.DefaultTextSize;
    public const int DefaultConfettiSeconds = NotificationLimits.DefaultConfettiSeconds;
    public const int DefaultConfettiParticles = NotificationLimits.DefaultConfettiParticles;
    public const int DefaultConfettiSpeed = NotificationLimits.DefaultConfettiSpeed;
    public const int MaxConfettiSeconds = NotificationLimits.MaxConfettiSeconds;
    public const int MaxConfettiParticles = NotificationLimits.MaxConfettiParticles;
    public const int MaxConfettiSpeed = NotificationLimits.MaxConfettiSpeed;

    /// <summary>A new notification with the request's text, look and confetti (recipient and time are set by the caller).</summary>
    public static QueuedNotification FromParameters(VicidialParameters p) => new()
    {
        Text = p["notification_text"],
        TextSize = OrDefault(p["text_size"], DefaultTextSize, int.MaxValue),
        TextFont = p["text_font"] is { Length: > 0 } font ? font : NotificationLimits.DefaultTextFont,
        TextWeight = p["text_weight"] is { Length: > 0 } weight ? weight : NotificationLimits.DefaultTextWeight,
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
        color.Length == 0 ? NotificationLimits.DefaultTextColor : HexColor().IsMatch(color) ? $"#{color}" : color;

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
