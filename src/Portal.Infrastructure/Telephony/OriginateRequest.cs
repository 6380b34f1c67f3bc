namespace Portal.Infrastructure.Telephony;

/// <summary>
/// A call to place: its id (chosen by the call center, so the call is tracked before the PBX can report on it), who
/// it is for (an agent, or the dialer for a campaign) and what to dial.
/// </summary>
public sealed record OriginateRequest(string CallId, string PhoneCode, string PhoneNumber, string CampaignId, string? AgentUser, string? CallerId = null)
{
    public string DialString => $"{PhoneCode}{PhoneNumber}";
}
