namespace Portal.Infrastructure.Admin.Catalog;

/// <summary>A pause code in the admin's list; <see cref="CampaignId"/> null for one every campaign offers.</summary>
public sealed record PauseCodeSummary(string Code, string? CampaignId, string Name, bool Billable, bool Active);
