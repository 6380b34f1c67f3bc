namespace Portal.Infrastructure.Admin.Catalog;

using Portal.Domain.Campaigns;

/// <summary>A status in the admin's list; <see cref="CampaignId"/> null for a system status.</summary>
public sealed record StatusSummary(string Code, string? CampaignId, string Name, StatusFlags Flags, bool Active);
