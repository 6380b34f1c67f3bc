namespace Portal.Infrastructure.Admin.UserGroups;

/// <summary>
/// What an admin sets on a user group: the campaigns its members may work in (or all) and the user groups its
/// supervisors may view (or all).
/// </summary>
public sealed record UserGroupSettings(
    string Name, bool AllCampaigns, IReadOnlyList<string> Campaigns, bool AllUserGroups, IReadOnlyList<string> ViewableUserGroups);
