namespace Portal.Infrastructure.Admin.Campaigns;

using Portal.Domain.Campaigns;

/// <summary>A campaign as the admin edits it.</summary>
public sealed record CampaignDetails(string Id, CampaignSettings Settings, bool Active);
