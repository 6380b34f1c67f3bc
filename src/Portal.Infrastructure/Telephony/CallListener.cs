namespace Portal.Infrastructure.Telephony;

/// <summary>A supervisor on a call's audio, and how.</summary>
public sealed record CallListener(string CallId, string SupervisorUser, MonitorMode Mode);
