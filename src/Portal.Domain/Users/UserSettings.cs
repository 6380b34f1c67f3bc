namespace Portal.Domain.Users;

using Portal.Domain.Validation;

/// <summary>What an administrator sets on a user (VICIdial's vicidial_users fields that Portal keeps).</summary>
public sealed record UserSettings
{
    public const int MinUserNameLength = 2;
    public const int MaxUserNameLength = 20;
    public const int MaxFullNameLength = 50;
    public const int MaxCustomLength = 100;

    public string FullName { get; init; } = "";

    /// <summary>One of <see cref="PortalRoles.All"/>, or null for a user who only uses the APIs.</summary>
    public string? Role { get; init; } = PortalRoles.Agent;

    public int UserLevel { get; init; } = 1;
    public string UserGroupId { get; init; } = "";
    public bool AgentApiAccess { get; init; }
    public string ApiAllowedFunctions { get; init; } = "";
    public bool ApiOnly { get; init; }
    public bool ModifyLeads { get; init; }
    public bool ModifyCampaigns { get; init; }
    public bool ChangeAgentCampaign { get; init; }
    public bool AgentCallManual { get; init; } = true;
    public string? CustomThree { get; init; }
    public string? CustomFour { get; init; }

    /// <summary>VICIdial's user: 2 to 20 letters, digits, - or _.</summary>
    public static bool IsValidUserName(string? userName) => CodeRules.IsWellFormed(userName, MinUserNameLength, MaxUserNameLength);

    /// <summary>What is wrong with these settings, by property name (whether the user group exists is the caller's to check).</summary>
    public IReadOnlyDictionary<string, string> Validate() =>
        new ProblemList()
            .Check(CodeRules.IsName(FullName, MaxFullNameLength), nameof(FullName), $"Enter a full name of at most {MaxFullNameLength} characters.")
            .Check(Role is null || PortalRoles.All.Contains(Role), nameof(Role), "Choose a role: Agent, Supervisor or Admin.")
            .Check(Role is not null || ApiOnly, nameof(Role), "A user without a role can only be an API-only user.")
            .Check(UserLevel is >= 1 and <= 9, nameof(UserLevel), "The user level is from 1 to 9.")
            .Check(!string.IsNullOrWhiteSpace(UserGroupId), nameof(UserGroupId), "Choose a user group.")
            .Check(AgentApiFunctions.AreKnown(ApiAllowedFunctions), nameof(ApiAllowedFunctions), "Allowed functions are Agent API function names or ALL_FUNCTIONS.")
            .Check(!ApiOnly || AgentApiAccess, nameof(ApiOnly), "An API-only user needs agent-API access.")
            .Check((CustomThree?.Length ?? 0) <= MaxCustomLength, nameof(CustomThree), $"At most {MaxCustomLength} characters.")
            .Check((CustomFour?.Length ?? 0) <= MaxCustomLength, nameof(CustomFour), $"At most {MaxCustomLength} characters.")
            .ToDictionary();
}
