namespace Portal.Infrastructure.Admin.Users;

/// <summary>A user in the admin's user list.</summary>
public sealed record UserSummary(
    string UserName, string FullName, string? Role, int UserLevel, string UserGroupId, bool Active, bool ApiOnly, bool LockedOut);
