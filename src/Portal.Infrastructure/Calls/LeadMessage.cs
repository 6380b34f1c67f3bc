namespace Portal.Infrastructure.Calls;

/// <summary>A voicemail message chosen for a lead (VICIdial's vicidial_lead_messages, set by vm_message).</summary>
public sealed class LeadMessage
{
    public long Id { get; set; }
    public long LeadId { get; set; }
    public DateTimeOffset At { get; set; }
    public string User { get; set; } = "";

    /// <summary>One or more audio file names separated by |.</summary>
    public string Audio { get; set; } = "";
}
