namespace Portal.Infrastructure.Telephony;

/// <summary>What the PBX reports about a call.</summary>
public abstract record TelephonyEvent(string CallId, DateTimeOffset At);

/// <summary>A customer called an in-group.</summary>
public sealed record InboundCallArrived(string CallId, DateTimeOffset At, string InGroupId, string CallerNumber) : TelephonyEvent(CallId, At);

public sealed record CustomerAnswered(string CallId, DateTimeOffset At) : TelephonyEvent(CallId, At);

public sealed record CustomerBusy(string CallId, DateTimeOffset At) : TelephonyEvent(CallId, At);

public sealed record CustomerNoAnswer(string CallId, DateTimeOffset At) : TelephonyEvent(CallId, At);

/// <summary>The customer hung up (while waiting, ringing, talking or parked).</summary>
public sealed record CustomerLeft(string CallId, DateTimeOffset At) : TelephonyEvent(CallId, At);

/// <summary>The third party on the conference line answered or failed to.</summary>
public sealed record ConferenceLineResult(string CallId, DateTimeOffset At, string Number, bool Answered) : TelephonyEvent(CallId, At);
