namespace Portal.Infrastructure.Calls;

/// <summary>A number that must not be dialled: system-wide, or for one campaign.</summary>
public sealed class DncNumber
{
    public long Id { get; set; }
    public string PhoneNumber { get; set; } = "";

    /// <summary>Null for the system DNC list.</summary>
    public string? CampaignId { get; set; }

    public DateTimeOffset AddedAt { get; set; }
    public string AddedBy { get; set; } = "";
}
