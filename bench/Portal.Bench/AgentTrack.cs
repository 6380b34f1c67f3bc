namespace Portal.Bench;

/// <summary>
/// What the failover run knows of one agent: the state it believes the agent is in (from the replies), the last command
/// answered SUCCESS, whether a call after it went unanswered or failed (so the stored state may be either), and when it
/// last failed and next succeeded (Stopwatch timestamps).
/// </summary>
internal sealed class AgentTrack(bool paused)
{
    public bool BelievedPaused { get; set; } = paused;

    /// <summary>The state the last SUCCESS left the agent in (the AgentState name), or the starting state.</summary>
    public string ExpectedState { get; set; } = paused ? "Paused" : "Ready";

    public bool UncertainSinceSuccess { get; set; }

    public long? LastFailureAt { get; set; }

    /// <summary>The first SUCCESS answered after the kill and after the agent's last failure.</summary>
    public long? RecoveredAt { get; set; }

    public string NextValue => BelievedPaused ? "RESUME" : "PAUSE";
}
