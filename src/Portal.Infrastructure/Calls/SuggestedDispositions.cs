namespace Portal.Infrastructure.Calls;

using System.Collections.Concurrent;

/// <summary>
/// A status an API proposed for a call without applying it (ContactNow's hangup with a disposition code: "the agent
/// still gets the disposition screen"). The agent's disposition screen starts with it selected. One per agent; it
/// applies only to the call it was given for.
/// </summary>
public sealed class SuggestedDispositions
{
    private readonly ConcurrentDictionary<string, (string CallId, string StatusCode)> _suggestions = new(StringComparer.Ordinal);

    public void Suggest(string agentUser, string callId, string statusCode) => _suggestions[agentUser] = (callId, statusCode);

    /// <summary>The status proposed for this call of the agent, if any.</summary>
    public string? For(string agentUser, string callId) =>
        _suggestions.TryGetValue(agentUser, out var suggestion) && suggestion.CallId == callId ? suggestion.StatusCode : null;
}
