namespace Portal.Infrastructure.Calls;

/// <summary>
/// A notification for agents (VICIdial's vicidial_agent_notifications): to a user, a user group or a campaign, shown
/// when it is due, with text styling and optional confetti.
/// </summary>
public sealed class QueuedNotification
{
    public long Id { get; set; }
    public string Recipient { get; set; } = "";

    /// <summary>USER, USER_GROUP or CAMPAIGN.</summary>
    public string RecipientType { get; set; } = "";

    public string Text { get; set; } = "";
    public int TextSize { get; set; } = 12;
    public string TextFont { get; set; } = "Arial";
    public string TextWeight { get; set; } = "bold";
    public string TextColor { get; set; } = "black";
    public bool Confetti { get; set; }
    public int ConfettiSeconds { get; set; }
    public int ConfettiParticles { get; set; }
    public int ConfettiSpeed { get; set; }
    public DateTimeOffset DueAt { get; set; }

    /// <summary>Stays on the agent's screen until dismissed, rather than leaving by itself.</summary>
    public bool Pinned { get; set; }

    /// <summary>QUEUED until delivered, then SENT.</summary>
    public string Status { get; set; } = "QUEUED";

    public string CreatedBy { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
}
