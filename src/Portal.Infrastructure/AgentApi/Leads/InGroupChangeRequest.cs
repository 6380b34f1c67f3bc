namespace Portal.Infrastructure.AgentApi.Leads;

/// <summary>
/// A change of the in-groups an agent takes calls from, asked for by <paramref name="ChangedBy"/> through an API;
/// <paramref name="SetAsDefault"/> also stores the result as the agent's defaults for the next login.
/// </summary>
public sealed record InGroupChangeRequest(
    string ChangedBy, string AgentUser, InGroupChangeMode Mode, IReadOnlyList<string> InGroups, bool Blended, bool SetAsDefault);
