namespace Portal.Infrastructure.Reports.AgentTime;

/// <summary>One local day (see <see cref="ReportClock"/>), optionally one campaign.</summary>
public sealed record AgentTimeFilter(DateOnly Day, string? CampaignId = null);
