namespace Portal.Infrastructure.Calls;

/// <summary>A call recording (VICIdial's recording_log).</summary>
public sealed class RecordingEntry
{
    public string RecordingId { get; set; } = "";
    public string CallId { get; set; } = "";
    public string AgentUser { get; set; } = "";
    public long? LeadId { get; set; }
    public string FileName { get; set; } = "";
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset? EndedAt { get; set; }
}
