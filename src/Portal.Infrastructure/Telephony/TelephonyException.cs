namespace Portal.Infrastructure.Telephony;

/// <summary>The PBX could not do what was asked: unreachable, or it refused. Screens and APIs say so in their own words.</summary>
public abstract class TelephonyException(string message, Exception? inner = null) : Exception(message, inner)
{
    /// <summary>What an agent or caller is told (never the PBX's own text, which can name servers).</summary>
    public abstract string UserMessage { get; }
}
