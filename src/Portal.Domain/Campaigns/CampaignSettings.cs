namespace Portal.Domain.Campaigns;

using Portal.Domain.Sessions;
using Portal.Domain.Validation;

/// <summary>Everything an administrator sets on a campaign, validated as a whole before it is applied.</summary>
public sealed record CampaignSettings
{
    public const int MaxNameLength = 100;
    public const int MaxUrlLength = 2000;
    public const int MaxScriptLength = 10_000;
    public const int MaxTimerSeconds = 86_400;
    public const int MaxTimerMessageLength = 255;
    public const double MaxDialLevel = 10;
    public const int DefaultLaggedGraceSeconds = 30;
    public const int MaxLaggedGraceSeconds = 3600;

    /// <summary>The keys a hotkey may use; 0 and letters are taken by the desk's own shortcuts.</summary>
    public static readonly IReadOnlyList<string> HotkeyKeys = ["1", "2", "3", "4", "5", "6", "7", "8", "9"];

    public string Name { get; init; } = "";
    public DialMethod DialMethod { get; init; } = DialMethod.Manual;
    public bool InboundAllowed { get; init; }
    public IReadOnlyList<string> InGroupIds { get; init; } = [];
    public PauseCodeMode PauseCodes { get; init; } = PauseCodeMode.Optional;
    public RecordingMode Recording { get; init; } = RecordingMode.OnDemand;
    public string? WebFormUrl { get; init; }
    public string? Script { get; init; }
    public double DialLevel { get; init; } = 1.0;
    public bool AltPhoneDialAllowed { get; init; }
    public PreviewDialMode PreviewDial { get; init; } = PreviewDialMode.PreviewAndSkip;
    public bool InboundLeadSwitch { get; init; } = true;
    public int TimerActionSeconds { get; init; }

    /// <summary>See <see cref="Campaign.LaggedGraceSeconds"/>.</summary>
    public int LaggedGraceSeconds { get; init; } = DefaultLaggedGraceSeconds;
    public string? TimerActionMessage { get; init; }
    public bool ScheduledCallbacks { get; init; } = true;
    public bool CallbackUserOnlyDefault { get; init; } = true;
    public bool DispositionOneKey { get; init; }

    /// <summary>Key ("1"–"9") → status code.</summary>
    public IReadOnlyDictionary<string, string> Hotkeys { get; init; } = new Dictionary<string, string>();

    /// <summary>What is wrong with these settings, by property name; empty when they can be applied.</summary>
    public IReadOnlyDictionary<string, string> Validate()
    {
        var problems = new ProblemList()
            .Check(CodeRules.IsName(Name, MaxNameLength), nameof(Name), $"Enter a name of at most {MaxNameLength} characters.")
            .Check(Enum.IsDefined(DialMethod), nameof(DialMethod), "Choose a dial method.")
            .Check(Enum.IsDefined(PauseCodes), nameof(PauseCodes), "Choose a pause-code mode.")
            .Check(Enum.IsDefined(Recording), nameof(Recording), "Choose a recording mode.")
            .Check(Enum.IsDefined(PreviewDial), nameof(PreviewDial), "Choose a preview setting.")
            .Check(DialMethod != DialMethod.InboundMan || InboundAllowed, nameof(InboundAllowed), "An inbound (INBOUND_MAN) campaign must allow inbound calls.")
            .Check(InboundAllowed || InGroupIds.Count == 0, nameof(InGroupIds), "Allow inbound calls to choose in-groups.")
            .Check(InGroupIds.All(id => InGroup.IsValidId(id)), nameof(InGroupIds), "An in-group id is not valid.")
            .Check(string.IsNullOrEmpty(WebFormUrl) || IsWebAddress(WebFormUrl), nameof(WebFormUrl), $"The web form is an http:// or https:// address of at most {MaxUrlLength} characters.")
            .Check((Script?.Length ?? 0) <= MaxScriptLength, nameof(Script), $"The script has at most {MaxScriptLength} characters.")
            .Check(DialLevel is >= 0 and <= MaxDialLevel && double.IsFinite(DialLevel), nameof(DialLevel), $"The dial level is from 0 to {MaxDialLevel}.")
            .Check(TimerActionSeconds is >= 0 and <= MaxTimerSeconds, nameof(TimerActionSeconds), $"The timer action is from 0 (off) to {MaxTimerSeconds} seconds.")
            .Check(TimerActionSeconds == 0 || !string.IsNullOrWhiteSpace(TimerActionMessage), nameof(TimerActionMessage), "Enter the message the timer action shows.")
            .Check((TimerActionMessage?.Length ?? 0) <= MaxTimerMessageLength, nameof(TimerActionMessage), $"The timer message has at most {MaxTimerMessageLength} characters.")
            .Check(LaggedGraceSeconds is >= 1 and <= MaxLaggedGraceSeconds, nameof(LaggedGraceSeconds), $"The grace period for a lost desk is from 1 to {MaxLaggedGraceSeconds} seconds.")
            .Check(Hotkeys.Keys.All(HotkeyKeys.Contains), nameof(Hotkeys), "Hotkeys are the keys 1 to 9.")
            .Check(Hotkeys.Values.All(StatusCodeRules.IsWellFormed), nameof(Hotkeys), "A hotkey's status code is not valid.");
        return problems.ToDictionary();
    }

    public static CampaignSettings Of(Campaign campaign)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        return new CampaignSettings
        {
            Name = campaign.Name,
            DialMethod = campaign.DialMethod,
            InboundAllowed = campaign.InboundAllowed,
            InGroupIds = [.. campaign.InGroups.Select(g => g.InGroupId)],
            PauseCodes = campaign.PauseCodes,
            Recording = campaign.Recording,
            WebFormUrl = campaign.WebFormUrl,
            Script = campaign.Script,
            DialLevel = campaign.DialLevel,
            AltPhoneDialAllowed = campaign.AltPhoneDialAllowed,
            PreviewDial = campaign.PreviewDial,
            InboundLeadSwitch = campaign.InboundLeadSwitch,
            TimerActionSeconds = campaign.TimerActionSeconds,
            LaggedGraceSeconds = campaign.LaggedGraceSeconds,
            TimerActionMessage = campaign.TimerActionMessage,
            ScheduledCallbacks = campaign.ScheduledCallbacks,
            CallbackUserOnlyDefault = campaign.CallbackUserOnlyDefault,
            DispositionOneKey = campaign.DispositionOneKey,
            Hotkeys = campaign.Hotkeys.ToDictionary(h => h.Key, h => h.StatusCode, StringComparer.Ordinal),
        };
    }

    private static bool IsWebAddress(string url) =>
        url.Length <= MaxUrlLength
        && Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
