namespace Portal.Infrastructure.Reports;

/// <summary>A campaign a report can be filtered by.</summary>
public sealed record ReportCampaign(string Id, string Name);
