namespace Portal.Infrastructure.Sessions;

/// <summary>One finished stretch of a session in one state (VICIdial's agent log): what, how long, why paused.</summary>
public sealed class AgentLogEntry
{
    public long Id { get; set; }
    public string AgentUser { get; set; } = "";
    public string CampaignId { get; set; } = "";
    public string State { get; set; } = "";
    public string? PauseCode { get; set; }
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset EndedAt { get; set; }
    public double DurationSeconds { get; set; }

    /// <summary>The lead of the call this stretch belonged to, when there was one.</summary>
    public long? LeadId { get; set; }

    /// <summary>The disposition given when this stretch ended a call.</summary>
    public string? Status { get; set; }
}
