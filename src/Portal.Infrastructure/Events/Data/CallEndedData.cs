namespace Portal.Infrastructure.Events.Data;

using Portal.Domain.Sessions;

/// <summary>
/// <c>call.ended</c>: the call, why it ended (AGENT_HANGUP, CUSTOMER_HANGUP, BUSY, NO_ANSWER, TRANSFERRED,
/// LEFT_THREE_WAY, DROPPED) and whether the customer hung up first.
/// </summary>
public sealed record CallEndedData(
    string CallId, long? LeadId, string PhoneNumber, string Direction, string? InGroupId, string Reason, bool ByCustomer)
{
    public static CallEndedData Of(CallEnded ended) =>
        new(ended.Call.CallId, ended.Call.LeadId, ended.Call.PhoneNumber, ContractNames.Of(ended.Call.Direction),
            ended.Call.InGroupId, ContractNames.Of(ended.Reason), ended.ByCustomer);
}
