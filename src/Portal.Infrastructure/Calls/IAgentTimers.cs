namespace Portal.Infrastructure.Calls;

/// <summary>
/// set_timer_action's one-off timer per agent. The timers run with the call center, so in a cluster callers on every
/// node reach the leader's <see cref="CallTimerActions"/> through this interface.
/// </summary>
public interface IAgentTimers
{
    /// <summary>Sets the agent's timer, replacing any earlier one (see <see cref="CallTimerActions.SetForAgent"/>).</summary>
    Task SetForAgentAsync(string agentUser, int seconds, string message);

    /// <summary>Drops the agent's pending timer, if any.</summary>
    Task ClearForAgentAsync(string agentUser);
}
