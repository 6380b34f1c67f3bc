namespace Portal.Domain.Sessions;

/// <summary>
/// Why the agent's part of a call ended, and who ended it; the disposition screen says so and suggests a status from it.
/// </summary>
public enum CallEndReason
{
    AgentHangup,
    CustomerHangup,
    Busy,
    NoAnswer,
    Transferred,
    LeftThreeWay,
    Dropped,

    /// <summary>A supervisor hung the call up from the wallboard.</summary>
    SupervisorHangup,

    /// <summary>An integration hung the call up (Agent API, ContactNow, REST).</summary>
    ApiHangup,
}
