namespace Portal.Infrastructure.Identity;

using Microsoft.AspNetCore.Identity;
using Portal.Domain.Users;

/// <summary>An Identity user with VICIdial's user fields: level, group and agent-API permissions.</summary>
public sealed class PortalUser : IdentityUser
{
    public string FullName { get; set; } = "";

    /// <summary>1–9, as in VICIdial.</summary>
    public int UserLevel { get; set; } = 1;

    public string UserGroupId { get; set; } = "";

    public bool Active { get; set; } = true;

    /// <summary>VICIdial's vdc_agent_api_access.</summary>
    public bool AgentApiAccess { get; set; }

    /// <summary>VICIdial's api_allowed_functions: space-separated names or ALL_FUNCTIONS.</summary>
    public string ApiAllowedFunctions { get; set; } = "";

    /// <summary>May use the APIs but not the screens.</summary>
    public bool ApiOnly { get; set; }

    /// <summary>VICIdial's custom_three: the CRM's id for this agent, used by the API's alt_user.</summary>
    public string? CustomThree { get; set; }

    /// <summary>VICIdial's custom_four: the CRM team id stored by st_login_log.</summary>
    public string? CustomFour { get; set; }

    /// <summary>May change lead fields through the API (VICIdial's modify_leads, for update_fields).</summary>
    public bool ModifyLeads { get; set; }

    /// <summary>May change campaign settings through the API (VICIdial's modify_campaigns, for set_timer_action).</summary>
    public bool ModifyCampaigns { get; set; }

    /// <summary>May change an agent's in-groups through the API (VICIdial's change_agent_campaign).</summary>
    public bool ChangeAgentCampaign { get; set; }

    /// <summary>May place manual dials (VICIdial's agentcall_manual).</summary>
    public bool AgentCallManual { get; set; } = true;

    /// <summary>The screens in the dark theme (long shifts); chosen by the user in the app bar.</summary>
    public bool DarkTheme { get; set; }

    /// <summary>The screens' language ("en", "es"); null: the browser's language.</summary>
    public string? Language { get; set; }

    public ApiPermissions ApiPermissions => new(AgentApiAccess, ApiAllowedFunctions, ApiOnly);
}
