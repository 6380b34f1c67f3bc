namespace Portal.Infrastructure.Notifications;

/// <summary>
/// The look and confetti of an agent notification: VICIdial's defaults (size 12, Arial, bold, black; confetti 2 s,
/// 2350 particles, speed 2) and the documented maxima (10 s, 9999 particles, speed 100) every API keeps to.
/// </summary>
public static class NotificationLimits
{
    public const int DefaultTextSize = 12;
    public const string DefaultTextFont = "Arial";
    public const string DefaultTextWeight = "bold";
    public const string DefaultTextColor = "black";
    public const int DefaultConfettiSeconds = 2;
    public const int DefaultConfettiParticles = 2350;
    public const int DefaultConfettiSpeed = 2;
    public const int MaxConfettiSeconds = 10;
    public const int MaxConfettiParticles = 9999;
    public const int MaxConfettiSpeed = 100;
}
