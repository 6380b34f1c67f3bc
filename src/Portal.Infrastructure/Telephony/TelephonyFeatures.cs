namespace Portal.Infrastructure.Telephony;

/// <summary>What the configured PBX can do, for screens that offer only what works (hold and mute buttons).</summary>
public sealed record TelephonyFeatures(bool SupportsHoldAndMute);
