namespace Portal.Infrastructure.Supervision;

using System.Text.RegularExpressions;
using Portal.Infrastructure.Notifications;

/// <summary>A message (and maybe confetti) from a supervisor to one agent, a user group or a campaign's agents.</summary>
/// <param name="RecipientType">USER, USER_GROUP or CAMPAIGN (<see cref="NotificationRecipientType"/>).</param>
public sealed partial record RemoteNotification(
    string RecipientType, string Recipient, string Text, int TextSize = 16, string TextColor = "#000000", bool Bold = false, bool Confetti = false,
    bool Pinned = false)
{
    public const int MaxTextLength = 1000;

    /// <summary>Why the notification cannot be sent as it is, or null.</summary>
    public string? Problem() =>
        !NotificationRecipientType.IsValid(RecipientType) || string.IsNullOrWhiteSpace(Recipient) ? "Choose who receives the notification."
        : string.IsNullOrWhiteSpace(Text) && !Confetti ? "Write a message or choose confetti."
        : Text.Length > MaxTextLength ? $"Keep the message under {MaxTextLength} characters."
        : TextSize is < 8 or > 48 ? "Choose a text size from 8 to 48."
        : !ColorPattern().IsMatch(TextColor) ? "Choose a text colour such as #2E7D32."
        : null;

    [GeneratedRegex(@"^#[0-9A-Fa-f]{6}\z")]
    private static partial Regex ColorPattern();
}
