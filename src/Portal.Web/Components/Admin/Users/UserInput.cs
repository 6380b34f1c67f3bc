namespace Portal.Web.Components.Admin.Users;

using System.ComponentModel.DataAnnotations;
using Portal.Domain.Users;

/// <summary>The user form. Property names match <see cref="UserSettings"/>, so the service's problems land on the right field.</summary>
public sealed class UserInput
{
    [Required(ErrorMessage = "Enter a user name.")]
    [RegularExpression(@"^[A-Za-z0-9_-]{2,20}$", ErrorMessage = "A user name has 2 to 20 letters, digits, - or _.")]
    public string UserName { get; set; } = "";

    /// <summary>Only for a new user; existing users get a new password through the reset form.</summary>
    [DataType(DataType.Password)]
    public string Password { get; set; } = "";

    [Required(ErrorMessage = "Enter the full name.")]
    [StringLength(UserSettings.MaxFullNameLength, ErrorMessage = "The full name has at most 50 characters.")]
    public string FullName { get; set; } = "";

    /// <summary>Agent, Supervisor, Admin, or empty for an API-only user.</summary>
    public string Role { get; set; } = PortalRoles.Agent;

    [Range(1, 9, ErrorMessage = "The user level is from 1 to 9.")]
    public int UserLevel { get; set; } = 1;

    [Required(ErrorMessage = "Choose a user group.")]
    public string UserGroupId { get; set; } = "";

    public bool AgentApiAccess { get; set; }
    public HashSet<string> Functions { get; set; } = [];
    public bool ApiOnly { get; set; }
    public bool ModifyLeads { get; set; }
    public bool ModifyCampaigns { get; set; }
    public bool ChangeAgentCampaign { get; set; }
    public bool AgentCallManual { get; set; } = true;

    [StringLength(UserSettings.MaxCustomLength, ErrorMessage = "Use at most 100 characters.")]
    public string? CustomThree { get; set; }

    [StringLength(UserSettings.MaxCustomLength, ErrorMessage = "Use at most 100 characters.")]
    public string? CustomFour { get; set; }

    public string ApiAllowedFunctions => Functions.Contains(ApiPermissions.AllFunctions)
        ? ApiPermissions.AllFunctions
        : string.Join(' ', AgentApiFunctions.Grantable.Where(Functions.Contains));

    public UserSettings ToSettings() => new()
    {
        FullName = FullName,
        Role = string.IsNullOrEmpty(Role) ? null : Role,
        UserLevel = UserLevel,
        UserGroupId = UserGroupId,
        AgentApiAccess = AgentApiAccess,
        ApiAllowedFunctions = ApiAllowedFunctions,
        ApiOnly = ApiOnly,
        ModifyLeads = ModifyLeads,
        ModifyCampaigns = ModifyCampaigns,
        ChangeAgentCampaign = ChangeAgentCampaign,
        AgentCallManual = AgentCallManual,
        CustomThree = CustomThree,
        CustomFour = CustomFour,
    };

    public static UserInput From(string userName, UserSettings settings) => new()
    {
        UserName = userName,
        FullName = settings.FullName,
        Role = settings.Role ?? "",
        UserLevel = settings.UserLevel,
        UserGroupId = settings.UserGroupId,
        AgentApiAccess = settings.AgentApiAccess,
        Functions = [.. settings.ApiAllowedFunctions.Split(' ', StringSplitOptions.RemoveEmptyEntries)],
        ApiOnly = settings.ApiOnly,
        ModifyLeads = settings.ModifyLeads,
        ModifyCampaigns = settings.ModifyCampaigns,
        ChangeAgentCampaign = settings.ChangeAgentCampaign,
        AgentCallManual = settings.AgentCallManual,
        CustomThree = settings.CustomThree,
        CustomFour = settings.CustomFour,
    };
}
