namespace Portal.Infrastructure.Telephony;

/// <summary>The PBX cannot be reached (or did not answer in time); callers show a clear error, never a stack trace.</summary>
public sealed class TelephonyUnavailableException(string message, Exception? inner = null) : TelephonyException(message, inner)
{
    public override string UserMessage => "The phone system is not reachable; try again in a moment.";
}
