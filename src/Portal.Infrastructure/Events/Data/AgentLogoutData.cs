namespace Portal.Infrastructure.Events.Data;

/// <summary><c>agent.logout</c>: the state the session ended in.</summary>
public sealed record AgentLogoutData(string LastState, string? LastPauseCode);
