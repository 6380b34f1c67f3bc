namespace Portal.Domain.Sessions;

/// <summary>The upper-case state names VICIdial integrators and wallboards know.</summary>
public static class AgentStateNames
{
    public static string ToVicidialName(this AgentState state) => state switch
    {
        AgentState.Paused => "PAUSED",
        AgentState.Ready => "READY",
        AgentState.Queue => "QUEUE",
        AgentState.InCall => "INCALL",
        AgentState.Dispo => "DISPO",
        AgentState.LoggedOut => "LOGGED OUT",
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, null),
    };

    /// <summary>The state as shown to people: "PAUSED BREAK", "READY", "INCALL".</summary>
    public static string Describe(AgentState state, string? pauseCode) =>
        state == AgentState.Paused && !string.IsNullOrEmpty(pauseCode)
            ? $"PAUSED {pauseCode}"
            : state.ToVicidialName();
}
