namespace Portal.Domain.Users;

/// <summary>
/// What a user may do through the agent APIs: VICIdial's vdc_agent_api_access, api_allowed_functions and
/// api_only_user.
/// </summary>
public sealed record ApiPermissions(bool AgentApiAccess, string AllowedFunctions, bool ApiOnly)
{
    public const string AllFunctions = "ALL_FUNCTIONS";

    public static readonly ApiPermissions None = new(false, "", false);

    /// <summary>VICIdial's rule: the space-padded list contains the function, or ALL_FUNCTIONS appears anywhere.</summary>
    public bool Allows(string function) =>
        !string.IsNullOrWhiteSpace(function)
        && (AllowedFunctions.Contains(AllFunctions, StringComparison.Ordinal)
            || $" {AllowedFunctions} ".Contains($" {function} ", StringComparison.Ordinal));
}
