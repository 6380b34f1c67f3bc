namespace Portal.Infrastructure.Calls;

/// <summary>One call an agent handled (VICIdial's vicidial_log / closer_log): who, which lead, how long, which status.</summary>
public sealed class CallLogEntry
{
    public long Id { get; set; }
    public string CallId { get; set; } = "";
    public string AgentUser { get; set; } = "";
    public string CampaignId { get; set; } = "";
    public long? LeadId { get; set; }
    public string PhoneNumber { get; set; } = "";
    public string Direction { get; set; } = "";
    public string? InGroupId { get; set; }
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset? EndedAt { get; set; }
    public double TalkSeconds { get; set; }
    public string? EndReason { get; set; }
    public string? Status { get; set; }
}
