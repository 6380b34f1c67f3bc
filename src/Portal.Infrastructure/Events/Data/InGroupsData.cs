namespace Portal.Infrastructure.Events.Data;

/// <summary><c>agent.ingroups</c>: the in-groups the agent now takes calls from, and whether outbound too.</summary>
public sealed record InGroupsData(IReadOnlyList<string> InGroups, bool Blended);
