namespace Portal.Infrastructure.Admin.Campaigns;

using Portal.Domain.Campaigns;

/// <summary>A campaign in the admin's list.</summary>
public sealed record CampaignSummary(string Id, string Name, DialMethod DialMethod, IReadOnlyList<string> InGroups, bool Active);
