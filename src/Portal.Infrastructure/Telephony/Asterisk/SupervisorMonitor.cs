namespace Portal.Infrastructure.Telephony.Asterisk;

/// <summary>
/// A supervisor on an agent's call: their phone's channel and, to listen or whisper, a snoop on the agent's channel in a
/// bridge of their own; to barge, their phone joins the agent's bridge.
/// </summary>
internal sealed record SupervisorMonitor(string CallId, string SupervisorUser, MonitorMode Mode, string ChannelId, string? SnoopChannelId, string? BridgeId);
