namespace Portal.Infrastructure.Integrations;

/// <summary>
/// The rule every API-key surface applies first (the REST API and the event hub alike): the key's user needs
/// agent-API access, and the function the call counts as must be in the user's allowed functions (or ALL_FUNCTIONS).
/// </summary>
public static class ApiKeyAccess
{
    /// <summary>Why <paramref name="holder"/> may not call <paramref name="function"/>, or null when they may.</summary>
    /// <param name="function">The VICIdial function the call counts as; null checks agent-API access only.</param>
    public static string? RefusalFor(ApiKeyHolder holder, string? function)
    {
        ArgumentNullException.ThrowIfNull(holder);
        if (!holder.Permissions.AgentApiAccess)
        {
            return $"User {holder.UserName} has no agent-API access.";
        }

        return function is not null && !holder.Permissions.Allows(function)
            ? $"User {holder.UserName} may not use {function}; ask an admin to add it to the user's allowed functions."
            : null;
    }
}
