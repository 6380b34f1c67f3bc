namespace Portal.Web.Components.Admin.Campaigns;

using System.ComponentModel.DataAnnotations;
using Portal.Domain.Campaigns;

/// <summary>The campaign form; property names match <see cref="CampaignSettings"/>, so the service's problems land on the right field.</summary>
public sealed class CampaignInput
{
    [Required(ErrorMessage = "Enter a campaign id.")]
    [RegularExpression(@"^[A-Za-z0-9_-]{1,8}$", ErrorMessage = "A campaign id has 1 to 8 letters, digits, - or _.")]
    public string Id { get; set; } = "";

    [Required(ErrorMessage = "Enter a name.")]
    [StringLength(CampaignSettings.MaxNameLength, ErrorMessage = "The name has at most 100 characters.")]
    public string Name { get; set; } = "";

    public DialMethod DialMethod { get; set; } = DialMethod.Manual;
    public bool InboundAllowed { get; set; }
    public HashSet<string> InGroupIds { get; set; } = [];
    public PauseCodeMode PauseCodes { get; set; } = PauseCodeMode.Optional;
    public RecordingMode Recording { get; set; } = RecordingMode.OnDemand;

    [Url(ErrorMessage = "The web form is an http:// or https:// address.")]
    [StringLength(CampaignSettings.MaxUrlLength, ErrorMessage = "Use at most 2000 characters.")]
    public string? WebFormUrl { get; set; }

    [StringLength(CampaignSettings.MaxScriptLength, ErrorMessage = "The script has at most 10000 characters.")]
    public string? Script { get; set; }

    [Range(0, CampaignSettings.MaxDialLevel, ErrorMessage = "The dial level is from 0 to 10.")]
    public double DialLevel { get; set; } = 1.0;

    public bool AltPhoneDialAllowed { get; set; }
    public PreviewDialMode PreviewDial { get; set; } = PreviewDialMode.PreviewAndSkip;
    public bool InboundLeadSwitch { get; set; } = true;

    [Range(0, CampaignSettings.MaxTimerSeconds, ErrorMessage = "The timer action is from 0 (off) to 86400 seconds.")]
    public int TimerActionSeconds { get; set; }

    [StringLength(CampaignSettings.MaxTimerMessageLength, ErrorMessage = "The timer message has at most 255 characters.")]
    public string? TimerActionMessage { get; set; }

    [Range(1, CampaignSettings.MaxLaggedGraceSeconds, ErrorMessage = "The grace period for a lost desk is from 1 to 3600 seconds.")]
    public int LaggedGraceSeconds { get; set; } = CampaignSettings.DefaultLaggedGraceSeconds;

    public bool ScheduledCallbacks { get; set; } = true;
    public bool CallbackUserOnlyDefault { get; set; } = true;

    /// <summary>VICIdial's one-key disposition: a status hotkey saves at once.</summary>
    public bool DispositionOneKey { get; set; }

    /// <summary>Key "1"–"9" → status code; a key without a status is left out.</summary>
    public Dictionary<string, string> Hotkeys { get; set; } = new(StringComparer.Ordinal);

    public CampaignSettings ToSettings() => new()
    {
        Name = Name,
        DialMethod = DialMethod,
        InboundAllowed = InboundAllowed,
        InGroupIds = InboundAllowed ? [.. InGroupIds.Order(StringComparer.Ordinal)] : [],
        PauseCodes = PauseCodes,
        Recording = Recording,
        WebFormUrl = WebFormUrl,
        Script = Script,
        DialLevel = DialLevel,
        AltPhoneDialAllowed = AltPhoneDialAllowed,
        PreviewDial = PreviewDial,
        InboundLeadSwitch = InboundLeadSwitch,
        TimerActionSeconds = TimerActionSeconds,
        LaggedGraceSeconds = LaggedGraceSeconds,
        TimerActionMessage = TimerActionMessage,
        ScheduledCallbacks = ScheduledCallbacks,
        CallbackUserOnlyDefault = CallbackUserOnlyDefault,
        DispositionOneKey = DispositionOneKey,
        Hotkeys = Hotkeys.Where(k => !string.IsNullOrEmpty(k.Value)).ToDictionary(k => k.Key, k => k.Value, StringComparer.Ordinal),
    };

    public static CampaignInput From(string id, CampaignSettings s) => new()
    {
        Id = id,
        Name = s.Name,
        DialMethod = s.DialMethod,
        InboundAllowed = s.InboundAllowed,
        InGroupIds = [.. s.InGroupIds],
        PauseCodes = s.PauseCodes,
        Recording = s.Recording,
        WebFormUrl = s.WebFormUrl,
        Script = s.Script,
        DialLevel = s.DialLevel,
        AltPhoneDialAllowed = s.AltPhoneDialAllowed,
        PreviewDial = s.PreviewDial,
        InboundLeadSwitch = s.InboundLeadSwitch,
        TimerActionSeconds = s.TimerActionSeconds,
        LaggedGraceSeconds = s.LaggedGraceSeconds,
        TimerActionMessage = s.TimerActionMessage,
        ScheduledCallbacks = s.ScheduledCallbacks,
        CallbackUserOnlyDefault = s.CallbackUserOnlyDefault,
        DispositionOneKey = s.DispositionOneKey,
        Hotkeys = new Dictionary<string, string>(s.Hotkeys, StringComparer.Ordinal),
    };
}
