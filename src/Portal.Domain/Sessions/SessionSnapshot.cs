namespace Portal.Domain.Sessions;

/// <summary>Everything a live session is, as a value: what is persisted, restored and shown.</summary>
public sealed record SessionSnapshot(
    string AgentUser,
    string CampaignId,
    bool CampaignIsManual,
    string PhoneLogin,
    DateTimeOffset LoggedInAt,
    AgentState State,
    string? PauseCode,
    DateTimeOffset StateSince,
    ActiveCall? Call,
    bool PauseAfterDispo,
    string? PendingPauseCode,
    bool LogoutAfterDispo,
    IReadOnlyList<string> InGroups,
    bool Blended,
    long Version)
{
    /// <summary>The lead shown in a preview (PAUSED, before DIAL / SKIP / FINISH), if any.</summary>
    public long? PreviewLeadId { get; init; }

    /// <summary>"READY", "PAUSED BREAK", "INCALL", "DISPO".</summary>
    public string StateText => AgentStateNames.Describe(State, PauseCode);
}
