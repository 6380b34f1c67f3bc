namespace Portal.Infrastructure.Admin.Users;

using Portal.Domain.Users;
using Portal.Domain.Validation;
using Portal.Infrastructure.Identity;

/// <summary>Copies <see cref="UserSettings"/> to and from Identity's user row.</summary>
internal static class UserSettingsMapping
{
    public static UserSettings Read(PortalUser user, string? role) => new()
    {
        FullName = user.FullName,
        Role = role,
        UserLevel = user.UserLevel,
        UserGroupId = user.UserGroupId,
        AgentApiAccess = user.AgentApiAccess,
        ApiAllowedFunctions = user.ApiAllowedFunctions,
        ApiOnly = user.ApiOnly,
        ModifyLeads = user.ModifyLeads,
        ModifyCampaigns = user.ModifyCampaigns,
        ChangeAgentCampaign = user.ChangeAgentCampaign,
        AgentCallManual = user.AgentCallManual,
        CustomThree = user.CustomThree,
        CustomFour = user.CustomFour,
    };

    public static void Apply(PortalUser user, UserSettings settings)
    {
        user.FullName = settings.FullName.Trim();
        user.UserLevel = settings.UserLevel;
        user.UserGroupId = settings.UserGroupId;
        user.AgentApiAccess = settings.AgentApiAccess;
        user.ApiAllowedFunctions = string.Join(' ', CodeRules.SplitList(settings.ApiAllowedFunctions));
        user.ApiOnly = settings.ApiOnly;
        user.ModifyLeads = settings.ModifyLeads;
        user.ModifyCampaigns = settings.ModifyCampaigns;
        user.ChangeAgentCampaign = settings.ChangeAgentCampaign;
        user.AgentCallManual = settings.AgentCallManual;
        user.CustomThree = string.IsNullOrWhiteSpace(settings.CustomThree) ? null : settings.CustomThree.Trim();
        user.CustomFour = string.IsNullOrWhiteSpace(settings.CustomFour) ? null : settings.CustomFour.Trim();
    }
}
