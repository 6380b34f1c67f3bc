namespace Portal.Infrastructure.Telephony;

/// <summary>How a supervisor joins an agent's call (VICIdial's blind monitor, barge and whisper).</summary>
public enum MonitorMode
{
    /// <summary>Hears both sides; nobody hears the supervisor.</summary>
    Listen,

    /// <summary>Joins the call: agent and customer both hear the supervisor.</summary>
    Barge,

    /// <summary>Coaches: only the agent hears the supervisor.</summary>
    Whisper,
}
