namespace Portal.Infrastructure.Supervision;

using Portal.Infrastructure.Calls;
using Portal.Infrastructure.Notifications;

/// <summary>Remote control: notifications to an agent, a user group or a campaign, within the supervisor's scope.</summary>
public sealed partial class RemoteControl
{
    public async Task<RemoteResult> NotifyAsync(string supervisor, RemoteNotification notification)
    {
        var started = time.GetTimestamp();
        var scope = await board.ScopeForAsync(supervisor);
        var result = notification.Problem() is { } problem ? RemoteResult.Refused(problem)
            : !MayAddress(scope, notification) ? RemoteResult.Refused($"{notification.Recipient} is outside your scope: you may not notify it.")
            : await QueueAsync(supervisor, notification);
        await AuditAsync(supervisor, notification.Recipient, "send_notification", notification.RecipientType, result, started);
        return result;
    }

    private bool MayAddress(SupervisorScope scope, RemoteNotification n) => n.RecipientType switch
    {
        NotificationRecipientType.User => scope.AllowsAgent(n.Recipient) && (sessions.Find(n.Recipient) is not { } live || scope.Allows(live)),
        NotificationRecipientType.UserGroup => scope.AllowsUserGroup(n.Recipient),
        NotificationRecipientType.Campaign => scope.Allows(n.Recipient),
        _ => false,
    };

    private async Task<RemoteResult> QueueAsync(string supervisor, RemoteNotification n)
    {
        var id = await notifications.QueueAsync(
            new QueuedNotification
            {
                Recipient = n.Recipient,
                RecipientType = n.RecipientType,
                Text = n.Text.Trim(),
                TextSize = n.TextSize,
                TextColor = n.TextColor,
                TextWeight = n.Bold ? "bold" : "normal",
                Confetti = n.Confetti,
                ConfettiSeconds = n.Confetti ? 3 : 0,
                ConfettiParticles = n.Confetti ? 100 : 0,
                ConfettiSpeed = n.Confetti ? 2 : 0,
                DueAt = time.GetUtcNow(),
                Pinned = n.Pinned,
                CreatedBy = supervisor,
            },
            retry: false);
        return RemoteResult.Done($"Notification {id} sent to {n.Recipient}.");
    }
}
