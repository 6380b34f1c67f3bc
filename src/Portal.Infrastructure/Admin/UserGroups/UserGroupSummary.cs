namespace Portal.Infrastructure.Admin.UserGroups;

/// <summary>A user group in the admin's list, with how many users belong to it.</summary>
public sealed record UserGroupSummary(string Id, string Name, UserGroupSettings Settings, bool Active, int Members);
