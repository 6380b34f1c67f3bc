namespace Portal.Infrastructure.Notifications;

using Portal.Domain.Sessions;
using Portal.Infrastructure.Calls;

/// <summary>What a stored notification looks like on the agent's screen.</summary>
internal static class NotificationMessage
{
    /// <summary>
    /// The screen styles size, colour and weight; VICIdial's weight may combine bold, italic and underline
    /// ("bold,italic" or "underlinebold"), of which the screen shows the boldness.
    /// </summary>
    public static AgentNotification ToAgentNotification(this QueuedNotification n) => new(
        n.Text,
        From: n.CreatedBy,
        TextSize: n.TextSize,
        TextColor: n.TextColor,
        TextWeight: n.TextWeight.Contains("bold", StringComparison.OrdinalIgnoreCase) ? "bold" : "normal",
        Confetti: n.Confetti,
        ConfettiSeconds: n.ConfettiSeconds,
        ConfettiParticles: n.ConfettiParticles,
        ConfettiSpeed: n.ConfettiSpeed,
        Pinned: n.Pinned);
}
