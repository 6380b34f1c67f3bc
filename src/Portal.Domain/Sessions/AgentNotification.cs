namespace Portal.Domain.Sessions;

/// <summary>
/// A message shown on the agent's screen (VICIdial's send_notification): styled text and an optional confetti burst.
/// A pinned one stays until the agent dismisses it; the others leave the screen by themselves after a while.
/// </summary>
public sealed record AgentNotification(
    string Text,
    string From,
    int TextSize = 16,
    string TextColor = "#000000",
    string TextWeight = "normal",
    bool Confetti = false,
    int ConfettiSeconds = 3,
    int ConfettiParticles = 100,
    int ConfettiSpeed = 2,
    bool Pinned = false);
