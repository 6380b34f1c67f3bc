namespace Portal.Infrastructure.AgentApi.Leads;

using Portal.Domain.Sessions;

/// <summary>
/// The agent's in-groups and blended choice after a change, or the problem that stopped it (with the in-group at
/// fault, or the session's refusal).
/// </summary>
public sealed record InGroupChangeOutcome(IReadOnlyList<string> InGroups, bool Blended, bool DefaultSaved)
{
    public InGroupChangeProblem? Problem { get; init; }

    /// <summary>The in-group an <see cref="InGroupChangeProblem.UnknownInGroup"/> or <see cref="InGroupChangeProblem.InGroupNotInCampaign"/> is about.</summary>
    public string? InGroup { get; init; }

    public Refusal? Refusal { get; init; }

    public bool Succeeded => Problem is null;

    public static InGroupChangeOutcome Failed(InGroupChangeProblem problem, string? inGroup = null, Refusal? refusal = null) =>
        new([], false, false) { Problem = problem, InGroup = inGroup, Refusal = refusal };
}
