namespace Portal.Domain.Campaigns;

using Portal.Domain.Validation;

/// <summary>A VICIdial campaign: how its agents get calls and what they may do with them.</summary>
public sealed class Campaign
{
    public const int MaxIdLength = 8;

    private readonly List<CampaignInGroup> _inGroups = [];
    private readonly List<CampaignHotkey> _hotkeys = [];

    public Campaign(string id, string name, DialMethod dialMethod)
    {
        if (!IsValidId(id))
        {
            throw new ArgumentException($"A campaign id has 1 to {MaxIdLength} letters, digits, - or _.", nameof(id));
        }

        Id = id;
        Name = name;
        DialMethod = dialMethod;
        Active = true;
    }

    public string Id { get; private set; }
    public string Name { get; private set; }
    public bool Active { get; private set; }
    public DialMethod DialMethod { get; private set; }
    public bool InboundAllowed { get; private set; }
    public PauseCodeMode PauseCodes { get; private set; } = PauseCodeMode.Optional;
    public RecordingMode Recording { get; private set; } = RecordingMode.OnDemand;
    public string? WebFormUrl { get; private set; }
    public string? Script { get; private set; }

    /// <summary>
    /// Seconds a READY agent's last open desk may be gone (tab closed, connection lost) before Portal pauses them
    /// with <see cref="Sessions.PauseCodeRules.Lagged"/>, as VICIdial does with agents whose screen stopped.
    /// </summary>
    public int LaggedGraceSeconds { get; private set; } = CampaignSettings.DefaultLaggedGraceSeconds;

    /// <summary>Auto-dial: lines dialled per READY agent (VICIdial's auto_dial_level).</summary>
    public double DialLevel { get; private set; } = 1.0;

    /// <summary>Seconds into a call after which the agent sees <see cref="TimerActionMessage"/> (0 = off).</summary>
    public int TimerActionSeconds { get; private set; }

    public string? TimerActionMessage { get; private set; }

    /// <summary>Whether agents may preview leads before dialling, and skip them (VICIdial's manual_preview_dial).</summary>
    public PreviewDialMode PreviewDial { get; private set; } = PreviewDialMode.PreviewAndSkip;

    /// <summary>Agents (and switch_lead) may switch the lead of a live inbound call (VICIdial's agent_lead_search).</summary>
    public bool InboundLeadSwitch { get; private set; } = true;

    /// <summary>Preview and manual dials may use the lead's alternate phone.</summary>
    public bool AltPhoneDialAllowed { get; private set; }
    public IReadOnlyCollection<CampaignInGroup> InGroups => _inGroups.AsReadOnly();

    /// <summary>VICIdial's scheduled_callbacks: agents may schedule callbacks (statuses flagged as callbacks are offered).</summary>
    public bool ScheduledCallbacks { get; private set; } = true;

    /// <summary>VICIdial's my_callback_option: a new callback starts as USERONLY (else ANYONE).</summary>
    public bool CallbackUserOnlyDefault { get; private set; } = true;

    /// <summary>VICIdial's one-key disposition: a status hotkey saves at once, without the confirm step.</summary>
    public bool DispositionOneKey { get; private set; }

    /// <summary>Keys 1–9 bound to statuses on the disposition screen; none means the desk numbers the statuses in order.</summary>
    public IReadOnlyCollection<CampaignHotkey> Hotkeys => _hotkeys.AsReadOnly();

    public static bool IsValidId(string? id) => CodeRules.IsWellFormed(id, 1, MaxIdLength);

    /// <summary>Manual campaigns pause agents after every call; auto-dial campaigns make them ready again.</summary>
    public bool IsManual => DialMethod != DialMethod.Ratio;

    public Campaign AllowInbound(params string[] inGroupIds)
    {
        InboundAllowed = true;
        foreach (var id in inGroupIds.Where(id => _inGroups.All(g => g.InGroupId != id)))
        {
            _inGroups.Add(new CampaignInGroup(Id, id));
        }

        return this;
    }

    public Campaign UsePauseCodes(PauseCodeMode mode)
    {
        PauseCodes = mode;
        return this;
    }

    public Campaign UseRecording(RecordingMode mode)
    {
        Recording = mode;
        return this;
    }

    public Campaign WithWebForm(string? url, string? script)
    {
        WebFormUrl = url;
        Script = script;
        return this;
    }

    public Campaign UseDialLevel(double dialLevel, bool altPhoneDial)
    {
        DialLevel = Math.Clamp(dialLevel, 0, 10);
        AltPhoneDialAllowed = altPhoneDial;
        return this;
    }

    /// <summary>VICIdial's campaign timer action: a message shown to the agent N seconds into every call.</summary>
    public Campaign UseTimerAction(int seconds, string? message)
    {
        TimerActionSeconds = Math.Max(0, seconds);
        TimerActionMessage = seconds > 0 ? message : null;
        return this;
    }

    public Campaign UsePreviewDial(PreviewDialMode mode, bool inboundLeadSwitch)
    {
        PreviewDial = mode;
        InboundLeadSwitch = inboundLeadSwitch;
        return this;
    }

    /// <summary>Applies settings an administrator entered; they must have passed <see cref="CampaignSettings.Validate"/>.</summary>
    public void ChangeSettings(CampaignSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ProblemList.ThrowIfAny(settings.Validate(), nameof(settings));
        Name = settings.Name.Trim();
        DialMethod = settings.DialMethod;
        InboundAllowed = settings.InboundAllowed;
        var inGroups = settings.InboundAllowed ? settings.InGroupIds.Distinct(StringComparer.Ordinal).ToList() : [];
        _inGroups.RemoveAll(g => !inGroups.Contains(g.InGroupId));
        _inGroups.AddRange(inGroups.Where(id => _inGroups.All(g => g.InGroupId != id)).Select(id => new CampaignInGroup(Id, id)));
        PauseCodes = settings.PauseCodes;
        Recording = settings.Recording;
        WebFormUrl = Blank(settings.WebFormUrl);
        Script = string.IsNullOrWhiteSpace(settings.Script) ? null : settings.Script;
        DialLevel = settings.DialLevel;
        AltPhoneDialAllowed = settings.AltPhoneDialAllowed;
        PreviewDial = settings.PreviewDial;
        InboundLeadSwitch = settings.InboundLeadSwitch;
        TimerActionSeconds = settings.TimerActionSeconds;
        LaggedGraceSeconds = settings.LaggedGraceSeconds;
        TimerActionMessage = settings.TimerActionSeconds > 0 ? settings.TimerActionMessage?.Trim() : null;
        ScheduledCallbacks = settings.ScheduledCallbacks;
        CallbackUserOnlyDefault = settings.CallbackUserOnlyDefault;
        DispositionOneKey = settings.DispositionOneKey;
        _hotkeys.RemoveAll(h => settings.Hotkeys.GetValueOrDefault(h.Key) != h.StatusCode);
        _hotkeys.AddRange(settings.Hotkeys.Where(k => _hotkeys.All(h => h.Key != k.Key)).Select(k => new CampaignHotkey(Id, k.Key, k.Value)));
    }

    /// <summary>An inactive campaign keeps its lists, calls and history, but no agent can log in to it and nothing is dialled.</summary>
    public void Deactivate() => Active = false;

    public void Activate() => Active = true;

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
