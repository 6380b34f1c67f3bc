namespace Portal.Infrastructure.Supervision;

/// <summary>Why a supervisor may not control an agent: the agent's user group, or the campaign they work in, is out of scope.</summary>
/// <param name="Kind">Which of the two is out of scope.</param>
/// <param name="Id">The user group or campaign id.</param>
public sealed record ScopeRefusal(ScopeRefusalKind Kind, string Id);
