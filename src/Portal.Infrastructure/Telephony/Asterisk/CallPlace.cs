namespace Portal.Infrastructure.Telephony.Asterisk;

/// <summary>Where a customer's audio is.</summary>
internal enum CallPlace
{
    /// <summary>Ringing, or waiting in a queue (inbound callers hear music).</summary>
    Waiting,

    /// <summary>In the agent's bridge, talking.</summary>
    WithAgent,

    /// <summary>Out of the agent's bridge, hearing music.</summary>
    OnHold,

    /// <summary>In the parking bridge, hearing music.</summary>
    Parked,
}
