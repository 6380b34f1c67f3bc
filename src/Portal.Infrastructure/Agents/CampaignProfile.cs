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

    /// <summary>Keys 1–9 bound to status codes on the disposition screen; empty: the statuses are numbered in order.</summary>
    public IReadOnlyDictionary<string, string> Hotkeys { get; init; } = new Dictionary<string, string>();

    /// <summary>A scheduled callback starts as USERONLY (VICIdial's my_callback_option), else ANYONE.</summary>
    public bool CallbackUserOnlyDefault { get; init; } = true;

    /// <summary>A status hotkey saves the disposition at once (VICIdial's behaviour) instead of selecting it for a confirm.</summary>
    public bool DispositionOneKey { get; init; }

    public bool IsManual => DialMethod != DialMethod.Ratio;
}
