namespace Portal.Domain.Campaigns;

/// <summary>An in-group the campaign's agents may take calls from.</summary>
public sealed class CampaignInGroup(string campaignId, string inGroupId)
{
    public string CampaignId { get; private set; } = campaignId;
    public string InGroupId { get; private set; } = inGroupId;
}
