namespace Portal.Infrastructure.Sessions;

/// <summary>The persisted form of one live session, written on every transition and read back at start-up.</summary>
public sealed class LiveSessionRow
{
    public string AgentUser { get; set; } = "";
    public string CampaignId { get; set; } = "";
    public bool CampaignIsManual { get; set; }
    public string PhoneLogin { get; set; } = "";
    public DateTimeOffset LoggedInAt { get; set; }
    public string State { get; set; } = "";
    public string? PauseCode { get; set; }
    public DateTimeOffset StateSince { get; set; }

    /// <summary>The active call as JSON, or null.</summary>
    public string? CallJson { get; set; }

    public bool PauseAfterDispo { get; set; }
    public string? PendingPauseCode { get; set; }
    public bool LogoutAfterDispo { get; set; }

    /// <summary>Space-separated in-group ids.</summary>
    public string InGroups { get; set; } = "";

    public bool Blended { get; set; }
    public long Version { get; set; }

    public long? PreviewLeadId { get; set; }
}
