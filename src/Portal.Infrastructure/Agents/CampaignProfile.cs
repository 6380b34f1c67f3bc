namespace Portal.Infrastructure.Agents;

using Portal.Domain.Campaigns;

/// <summary>What the agent desk needs to know of the campaign an agent works in.</summary>
public sealed record CampaignProfile(
    string Id,
    string Name,
    DialMethod DialMethod,
    PauseCodeMode PauseCodes,
    RecordingMode Recording,
    string? Script,
    string? WebFormUrl,
    bool AltPhoneDialAllowed,
    IReadOnlyList<InGroupChoice> InGroups)
{
    public PreviewDialMode PreviewDial { get; init; } = PreviewDialMode.PreviewAndSkip;

    public bool IsManual => DialMethod != DialMethod.Ratio;
}
