namespace Portal.Infrastructure.Events.Data;

using Portal.Domain.Sessions;

/// <summary>
/// <c>call.offered</c>, <c>call.dialing</c>, <c>call.answered</c>: the call. Direction is INBOUND, OUTBOUND (auto-dial)
/// or MANUAL; the in-group is set for inbound calls.
/// </summary>
public sealed record CallData(string CallId, long? LeadId, string PhoneNumber, string Direction, string? InGroupId)
{
    public static CallData Of(ActiveCall call) =>
        new(call.CallId, call.LeadId, call.PhoneNumber, ContractNames.Of(call.Direction), call.InGroupId);
}
