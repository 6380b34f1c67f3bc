namespace Portal.Domain.Sessions;

/// <summary>The customer call a session is delivering, handling or wrapping up.</summary>
/// <param name="CallId">The telephony call id (VICIdial's uniqueid / callerid).</param>
/// <param name="LeadId">The lead on screen, when there is one.</param>
/// <param name="PhoneNumber">The customer's number.</param>
/// <param name="Direction">How the call reached the agent.</param>
/// <param name="InGroupId">The in-group an inbound call came in on.</param>
/// <param name="Flags">Recording, 3-way, parked, customer gone, ringing, hold, mute.</param>
/// <param name="StartedAt">When the agent was connected to the customer (or the delivery began).</param>
public sealed record ActiveCall(
    string CallId,
    long? LeadId,
    string PhoneNumber,
    CallDirection Direction,
    string? InGroupId,
    CallFlags Flags,
    DateTimeOffset StartedAt)
{
    /// <summary>The number of the transfer/conference line, while one is up.</summary>
    public string? ConferenceNumber { get; init; }

    /// <summary>Set when the call has ended, for the disposition screen.</summary>
    public CallEndReason? EndReason { get; init; }

    public bool Has(CallFlags flag) => (Flags & flag) == flag;

    public ActiveCall With(CallFlags flag, bool on) => this with { Flags = on ? Flags | flag : Flags & ~flag };
}
