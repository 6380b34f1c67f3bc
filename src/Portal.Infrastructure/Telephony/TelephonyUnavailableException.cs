namespace Portal.Infrastructure.Telephony;

/// <summary>The PBX cannot be reached (or did not answer in time); callers show a clear error, never a stack trace.</summary>
public sealed class TelephonyUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
