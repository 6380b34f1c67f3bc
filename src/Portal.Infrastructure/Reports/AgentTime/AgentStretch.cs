namespace Portal.Infrastructure.Reports.AgentTime;

/// <summary>A stretch of an agent's session in one state, from the agent log or the live session.</summary>
internal sealed record AgentStretch(string AgentUser, string State, string? PauseCode, DateTimeOffset StartedAt, DateTimeOffset EndedAt);
