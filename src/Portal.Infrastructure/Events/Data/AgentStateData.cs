namespace Portal.Infrastructure.Events.Data;

/// <summary><c>agent.state</c>: the state the agent left and how long they were in it.</summary>
public sealed record AgentStateData(string PreviousState, string? PreviousPauseCode, long PreviousSeconds);
