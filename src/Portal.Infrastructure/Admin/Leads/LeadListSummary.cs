namespace Portal.Infrastructure.Admin.Leads;

/// <summary>A lead list in the admin's list, with how many leads it holds.</summary>
public sealed record LeadListSummary(long Id, string Name, string CampaignId, bool Active, int Leads);
