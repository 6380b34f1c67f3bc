namespace Portal.Infrastructure.Supervision;

using Portal.Infrastructure.Telephony;

/// <summary>A supervisor listening to, barging into or whispering on an agent's call.</summary>
public sealed record AgentMonitor(string AgentUser, string CallId, string SupervisorUser, MonitorMode Mode, DateTimeOffset Since);
