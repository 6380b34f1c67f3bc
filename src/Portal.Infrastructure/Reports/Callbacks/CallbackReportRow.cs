namespace Portal.Infrastructure.Reports.Callbacks;

using Portal.Domain.Callbacks;

/// <summary>One callback as the report lists it. <see cref="AgentUser"/> is the agent who scheduled it.</summary>
public sealed record CallbackReportRow(
    long Id,
    long LeadId,
    string LeadName,
    string PhoneNumber,
    string CampaignId,
    string AgentUser,
    CallbackType Type,
    DateTimeOffset DueAt,
    DateTimeOffset CreatedAt,
    CallbackStanding Standing,
    string Comments);
