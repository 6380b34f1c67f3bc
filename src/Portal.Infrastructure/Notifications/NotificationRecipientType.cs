namespace Portal.Infrastructure.Notifications;

/// <summary>Who a notification is for (VICIdial's recipient_type): one user, a user group, or a campaign's agents.</summary>
public static class NotificationRecipientType
{
    public const string User = "USER";
    public const string UserGroup = "USER_GROUP";
    public const string Campaign = "CAMPAIGN";

    /// <summary>The three types, in the order VICIdial tries them when the type is missing.</summary>
    public static readonly IReadOnlyList<string> All = [User, UserGroup, Campaign];

    /// <summary>Exact, case-sensitive, as VICIdial compares.</summary>
    public static bool IsValid(string recipientType) => All.Contains(recipientType, StringComparer.Ordinal);
}
