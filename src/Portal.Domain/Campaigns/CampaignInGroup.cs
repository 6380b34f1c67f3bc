namespace Portal.Domain.Campaigns;

/// <summary>An in-group the campaign's agents may take calls from.</summary>
public sealed record CampaignInGroup(string CampaignId, string InGroupId);
