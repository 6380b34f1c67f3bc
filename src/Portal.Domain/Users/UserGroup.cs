namespace Portal.Domain.Users;

using Portal.Domain.Validation;

/// <summary>
/// A group of users: the campaigns its members may work in or supervise, and (VICIdial's admin_viewable_groups)
/// the user groups whose agents its supervisors may see and control.
/// </summary>
public sealed class UserGroup(string id, string name, string allowedCampaigns)
{
    public const string AllCampaigns = "-ALL-CAMPAIGNS-";
    public const string AllGroups = "---ALL---";
    public const int MinIdLength = 2;
    public const int MaxIdLength = 20;
    public const int MaxNameLength = 100;

    public string Id { get; private set; } = id;
    public string Name { get; private set; } = name;

    /// <summary>Space-separated campaign ids, or <see cref="AllCampaigns"/>.</summary>
    public string AllowedCampaigns { get; private set; } = allowedCampaigns;

    /// <summary>Space-separated user-group ids, or <see cref="AllGroups"/>.</summary>
    public string ViewableUserGroups { get; private set; } = AllGroups;

    /// <summary>An inactive group is kept for its members' history; it grants no campaigns.</summary>
    public bool Active { get; private set; } = true;

    public bool Allows(string campaignId) =>
        Active
        && (AllowedCampaigns.Contains(AllCampaigns, StringComparison.Ordinal)
            || AllowedCampaigns.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains(campaignId, StringComparer.Ordinal));

    /// <summary>Whether supervisors in this group may see agents of <paramref name="userGroupId"/>.</summary>
    public bool CanView(string userGroupId) =>
        Active
        && (ViewableUserGroups.Contains(AllGroups, StringComparison.Ordinal)
            || ViewableUserGroups.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains(userGroupId, StringComparer.Ordinal));

    public static bool IsValidId(string? id) => CodeRules.IsWellFormed(id, MinIdLength, MaxIdLength);

    /// <summary>What is wrong with these settings, by field (whether the ids exist is the caller's to check).</summary>
    public static IReadOnlyDictionary<string, string> Validate(string name, string allowedCampaigns, string viewableUserGroups) =>
        new ProblemList()
            .Check(CodeRules.IsName(name, MaxNameLength), nameof(Name), $"Enter a name of at most {MaxNameLength} characters.")
            .Check((allowedCampaigns?.Length ?? 0) <= 1000, nameof(AllowedCampaigns), "Too many campaigns.")
            .Check((viewableUserGroups?.Length ?? 0) <= 1000, nameof(ViewableUserGroups), "Too many user groups.")
            .ToDictionary();

    public void Change(string name, string allowedCampaigns, string viewableUserGroups)
    {
        ProblemList.ThrowIfAny(Validate(name, allowedCampaigns, viewableUserGroups), nameof(name));
        Name = name.Trim();
        AllowedCampaigns = string.Join(' ', CodeRules.SplitList(allowedCampaigns));
        ViewableUserGroups = string.Join(' ', CodeRules.SplitList(viewableUserGroups));
    }

    public void Deactivate() => Active = false;

    public void Activate() => Active = true;
}
