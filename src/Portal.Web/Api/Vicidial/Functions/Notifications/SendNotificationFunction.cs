namespace Portal.Web.Api.Vicidial.Functions.Notifications;

using Microsoft.Extensions.Options;
using Portal.Domain.Users;
using Portal.Infrastructure;
using Portal.Infrastructure.AgentApi.Notifications;
using Portal.Infrastructure.Notifications;

/// <summary>
/// send_notification: a text alert and/or confetti for one agent, a user group or a campaign, now or at a set time.
/// Stored in AgentNotifications and pushed to the recipients' open screens when due. Contract §3.30.
/// </summary>
internal sealed class SendNotificationFunction(
    NotificationRecipientDirectory directory, INotificationQueue dispatcher, IOptions<PortalOptions> options, TimeProvider time)
    : IVicidialFunction
{
    public string Name => "send_notification";

    public async Task RunAsync(VicidialCall call)
    {
        var p = call.Parameters;
        var (recipient, recipientType) = (p["recipient"], p["recipient_type"]);
        if (!options.Value.AgentApi.NotificationsEnabled)
        {
            AuditAsRecipient(call, recipient, recipientType);
            call.Reply.Error("Agent API Notifications are disabled on this system", "0");
            return;
        }

        var permitted = call.HasPermission();
        AuditAsRecipient(call, recipient, recipientType);
        if (!permitted)
        {
            return;
        }

        var known = false;
        if (recipient.Length > 0 && !NotificationRecipientType.IsValid(recipientType))
        {
            call.Reply.Unlogged($"Invalid recipient_type ({recipientType}), ", lineFeed: false);
            var found = await directory.FindTypeAsync(recipient);
            if (found is null)
            {
                call.Reply.Error("no matching recipient found in users, user_groups, or campaigns", recipient, end: true);
                return;
            }

            call.Reply.Unlogged($"NOTICE: found {recipient} as {found}<BR>");
            (recipientType, known) = (found, true);
            AuditAsRecipient(call, recipient, recipientType);
        }

        if (recipient.Length == 0 || recipientType.Length == 0)
        {
            call.Reply.Error("Missing recipient or recipient_type", $"{recipient}|{recipientType}");
            return;
        }

        if (!await MayNotifyAsync(call, recipient, recipientType, known))
        {
            return;
        }

        await QueueAsync(call, recipient, recipientType);
    }

    /// <summary>Steps 5 and 6: the recipient exists and the API user's group may reach it. Their lines audit as usual.</summary>
    private async Task<bool> MayNotifyAsync(VicidialCall call, string recipient, string recipientType, bool known)
    {
        var (user, value) = (call.Parameters.User, call.Parameters.Value);
        if (!known && !await directory.ExistsAsync(recipientType, recipient))
        {
            return Refuse(call, $"{recipient} DOES NOT EXIST in {Table(recipientType)}", $"{value}|{recipient}");
        }

        if (recipientType == NotificationRecipientType.User)
        {
            return call.MayControl(recipient, call.Sessions.Find(recipient));
        }

        var group = await directory.FindUserGroupAsync(call.Auth.UserGroup);
        if (group is null)
        {
            return Refuse(call, "user_group DOES NOT EXIST", $"{value}|{call.Auth.UserGroup}");
        }

        if (recipientType == NotificationRecipientType.Campaign && !group.Allows(recipient))
        {
            return Refuse(call, $"ACCESS TO CAMPAIGN {recipient} NOT ALLOWED FOR USER {user} ({group.AllowedCampaigns})", $"{value}|{recipient}");
        }

        if (recipientType == NotificationRecipientType.UserGroup && !MayAddressUserGroup(group, recipient))
        {
            return Refuse(call, $"ACCESS TO USER GROUP {recipient} NOT ALLOWED FOR USER {user}", $"{value}|{recipient}");
        }

        return true;
    }

    private async Task QueueAsync(VicidialCall call, string recipient, string recipientType)
    {
        var p = call.Parameters;
        var due = time.GetUtcNow();
        var date = p["notification_date"];
        if (date.Length > 0 && !NotificationDate.TryParse(date, time.LocalTimeZone, out due))
        {
            call.Reply.Unlogged($"NOTICE: Invalid notification date {date}, changing to now", lineFeed: false);
            due = time.GetUtcNow();
        }

        if (p["notification_text"].Length == 0 && !NotificationStyle.ShowsConfetti(p))
        {
            call.Reply.Error("invalid request", $"{recipient}|{recipientType}");
            return;
        }

        var notification = NotificationStyle.FromParameters(p);
        notification.Recipient = recipient;
        notification.RecipientType = recipientType;
        notification.DueAt = due;
        notification.CreatedBy = call.Auth.UserName ?? p.User;
        var id = await dispatcher.QueueAsync(notification, retry: p["notification_retry"] == "Y");
        call.Reply.Success("notification queued", $"{recipient}|{recipientType}|{id}");
    }

    /// <summary>
    /// VICIdial's admin_viewable_groups has no Portal counterpart: a user group may be addressed by members of that
    /// group, or by a group whose campaigns are not restricted (-ALL-CAMPAIGNS-).
    /// </summary>
    private static bool MayAddressUserGroup(UserGroup apiUserGroup, string userGroupId) =>
        apiUserGroup.Id == userGroupId || apiUserGroup.AllowedCampaigns.Contains(UserGroup.AllCampaigns, StringComparison.Ordinal);

    /// <summary>VICIdial logs these lines with the request's own agent_user and value, not the recipient.</summary>
    private static bool Refuse(VicidialCall call, string reason, string details)
    {
        call.AgentUser = call.Parameters.AgentUser;
        call.Value = call.Parameters.Value;
        call.Reply.Error(reason, details, end: true);
        return false;
    }

    /// <summary>send_notification's audit rows carry the recipient as agent_user and the recipient type as value.</summary>
    private static void AuditAsRecipient(VicidialCall call, string recipient, string recipientType)
    {
        call.AgentUser = recipient;
        call.Value = recipientType;
    }

    private static string Table(string recipientType) => recipientType switch
    {
        NotificationRecipientType.User => "vicidial_users",
        NotificationRecipientType.UserGroup => "vicidial_user_groups",
        _ => "vicidial_campaigns",
    };
}
