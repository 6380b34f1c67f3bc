namespace Portal.Web.Api.ContactNow;

/// <summary>
/// One action of /agent.php. Implementations in <c>Actions/</c> are registered as singletons; an action runs after the
/// token, the caller's rights, the agent and (when <see cref="NeedsSession"/>) the agent's live session were checked.
/// </summary>
internal interface IAgentAction
{
    /// <summary>The contract's action name (agent_dial, wrap, ...).</summary>
    string Name { get; }

    /// <summary>The VICIdial Agent API function the caller's allowed functions must name (or ALL_FUNCTIONS).</summary>
    string Permission { get; }

    /// <summary>Whether the agent must be logged in (every action but agent_dial).</summary>
    bool NeedsSession { get; }

    Task<ActionResult> RunAsync(AgentActionCall call);
}
