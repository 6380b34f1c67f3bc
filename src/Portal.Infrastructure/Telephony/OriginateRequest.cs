namespace Portal.Infrastructure.Telephony;

/// <summary>A call to place: who it is for (an agent, or the dialer for a campaign) and what to dial.</summary>
public sealed record OriginateRequest(string PhoneCode, string PhoneNumber, string CampaignId, string? AgentUser, string? CallerId = null)
{
    public string DialString => $"{PhoneCode}{PhoneNumber}";
}
