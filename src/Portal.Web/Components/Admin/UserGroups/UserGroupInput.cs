namespace Portal.Web.Components.Admin.UserGroups;

using System.ComponentModel.DataAnnotations;
using Portal.Domain.Users;
using Portal.Infrastructure.Admin.UserGroups;

/// <summary>The user-group form; property names match <see cref="UserGroupSettings"/>.</summary>
public sealed class UserGroupInput
{
    [Required(ErrorMessage = "Enter a user group id.")]
    [RegularExpression(@"^[A-Za-z0-9_-]{2,20}$", ErrorMessage = "A user group id has 2 to 20 letters, digits, - or _.")]
    public string Id { get; set; } = "";

    [Required(ErrorMessage = "Enter a name.")]
    [StringLength(UserGroup.MaxNameLength, ErrorMessage = "The name has at most 100 characters.")]
    public string Name { get; set; } = "";

    public bool AllCampaigns { get; set; }
    public HashSet<string> Campaigns { get; set; } = [];
    public bool AllUserGroups { get; set; } = true;
    public HashSet<string> ViewableUserGroups { get; set; } = [];

    public UserGroupSettings ToSettings() =>
        new(Name, AllCampaigns, [.. Campaigns.Order(StringComparer.Ordinal)], AllUserGroups, [.. ViewableUserGroups.Order(StringComparer.Ordinal)]);

    public static UserGroupInput From(string id, UserGroupSettings settings) => new()
    {
        Id = id,
        Name = settings.Name,
        AllCampaigns = settings.AllCampaigns,
        Campaigns = [.. settings.Campaigns],
        AllUserGroups = settings.AllUserGroups,
        ViewableUserGroups = [.. settings.ViewableUserGroups],
    };
}
