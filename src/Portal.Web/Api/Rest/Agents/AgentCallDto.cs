namespace Portal.Web.Api.Rest.Agents;

using Portal.Domain.Sessions;

/// <summary>The customer call an agent is on (or wrapping up).</summary>
/// <param name="CallId">Portal's call id (VICIdial's uniqueid / callerid).</param>
/// <param name="Direction">INBOUND, OUTBOUND or MANUAL.</param>
/// <param name="ConferenceNumber">The transfer line's number while one is up.</param>
public sealed record AgentCallDto(
    string CallId,
    long? LeadId,
    string PhoneNumber,
    string Direction,
    string? InGroup,
    DateTimeOffset StartedAt,
    bool Ringing,
    bool Recording,
    bool ThreeWay,
    bool Parked,
    bool OnHold,
    bool Muted,
    bool CustomerGone,
    string? ConferenceNumber)
{
    public static AgentCallDto From(ActiveCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        return new(
            call.CallId, call.LeadId, call.PhoneNumber, call.Direction.ToString().ToUpperInvariant(), call.InGroupId, call.StartedAt,
            call.Has(CallFlags.Ringing), call.Has(CallFlags.Recording), call.Has(CallFlags.ThreeWay), call.Has(CallFlags.Parked),
            call.Has(CallFlags.OnHold), call.Has(CallFlags.Muted), call.Has(CallFlags.CustomerGone), call.ConferenceNumber);
    }
}
