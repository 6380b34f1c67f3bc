namespace Portal.Domain.Sessions;

/// <summary>
/// One agent's live session: the state machine every command goes through, whatever its source.
/// Not thread-safe by design: the session runtime hands it one command at a time.
/// </summary>
public sealed partial class AgentSession
{
    private readonly List<string> _inGroups;

    private AgentSession(SessionSnapshot s)
    {
        AgentUser = s.AgentUser;
        CampaignId = s.CampaignId;
        CampaignIsManual = s.CampaignIsManual;
        PhoneLogin = s.PhoneLogin;
        LoggedInAt = s.LoggedInAt;
        State = s.State;
        PauseCode = s.PauseCode;
        StateSince = s.StateSince;
        Call = s.Call;
        PauseAfterDispo = s.PauseAfterDispo;
        PendingPauseCode = s.PendingPauseCode;
        LogoutAfterDispo = s.LogoutAfterDispo;
        _inGroups = [.. s.InGroups];
        Blended = s.Blended;
        Version = s.Version;
        PreviewLeadId = s.PreviewLeadId;
    }

    public string AgentUser { get; }
    public string CampaignId { get; }
    public bool CampaignIsManual { get; }
    public string PhoneLogin { get; }
    public DateTimeOffset LoggedInAt { get; }
    public AgentState State { get; private set; }
    public string? PauseCode { get; private set; }
    public DateTimeOffset StateSince { get; private set; }
    public ActiveCall? Call { get; private set; }
    public bool PauseAfterDispo { get; private set; }
    public string? PendingPauseCode { get; private set; }
    public bool LogoutAfterDispo { get; private set; }
    public IReadOnlyList<string> InGroups => _inGroups.AsReadOnly();
    public bool Blended { get; private set; }

    public long? PreviewLeadId { get; private set; }

    /// <summary>Counts accepted changes; lets readers order snapshots.</summary>
    public long Version { get; private set; }

    public bool IsLoggedOut => State == AgentState.LoggedOut;

    /// <summary>Starts a session: PAUSED with pause code LOGIN, as VICIdial does.</summary>
    public static (AgentSession Session, AgentEvent LoggedIn) LogIn(AgentLogin login, DateTimeOffset now)
    {
        if (!AgentLogin.IsValidPhoneLogin(login.PhoneLogin))
        {
            throw new ArgumentException("The phone login must be an extension or a number.", nameof(login));
        }

        // The login time names this login (a later one replaces it; see SessionSnapshot ordering), so it is kept as the
        // databases store it, to the millisecond: a session read back from its row must be the same login.
        var loggedInAt = new DateTimeOffset(now.Ticks - (now.Ticks % TimeSpan.TicksPerMillisecond), now.Offset);
        var session = new AgentSession(new SessionSnapshot(
            login.AgentUser, login.CampaignId, login.CampaignIsManual, login.PhoneLogin, loggedInAt,
            AgentState.Paused, PauseCodeRules.Login, now, Call: null, PauseAfterDispo: false, PendingPauseCode: null,
            LogoutAfterDispo: false, login.InGroups, login.Blended, Version: 1));
        return (session, new AgentLoggedIn(login.AgentUser, now, login.CampaignId, login.PhoneLogin));
    }

    public static AgentSession Restore(SessionSnapshot snapshot) => new(snapshot);

    public SessionSnapshot ToSnapshot() => new(
        AgentUser, CampaignId, CampaignIsManual, PhoneLogin, LoggedInAt, State, PauseCode, StateSince, Call,
        PauseAfterDispo, PendingPauseCode, LogoutAfterDispo, [.. _inGroups], Blended, Version)
    {
        PreviewLeadId = PreviewLeadId,
    };

    public CommandResult Handle(AgentCommand command, DateTimeOffset now)
    {
        if (IsLoggedOut)
        {
            return CommandResult.Refused(Refusal.NotLoggedIn);
        }

        var result = command switch
        {
            GoReady => BecomeReady(now),
            Pause pause => ApplyPause(pause.PauseCode, now),
            PauseIfReady pause => State == AgentState.Ready ? ApplyPause(pause.PauseCode, now) : CommandResult.Accepted(),
            SetPauseCode set => ApplyPauseCode(set.PauseCode, now),
            LogOut logOut => ApplyLogOut(logOut.Immediately, now),
            OfferCall offer => Offer(offer.Call, now),
            WithdrawCall => Withdraw(now),
            ConnectCall => Connect(now),
            PlaceCall place => Place(place.Call, now),
            CustomerHungUp => CustomerHangUp(now),
            HangUpCustomer hangUp => HangUp(hangUp.Reason, now),
            CallAnswered => Answered(now),
            SetConferenceLine line => ConferenceLine(line.Number, now),
            SetCallFlag flag => SetFlag(flag.Flag, flag.On, now),
            Disposition dispo => ApplyDisposition(dispo, now),
            ChangeInGroups change => ApplyInGroups(change.InGroups, change.Blended, now),
            Notify notify => CommandResult.Accepted(new NotificationReceived(AgentUser, now, notify.Notification)),
            PreviewLead preview => Preview(preview.LeadId, now),
            EndPreview => PreviewLeadId is null ? CommandResult.Accepted() : Preview(null, now),
            SwitchLead switchLead => Switch(switchLead.LeadId, now),
            RefreshPanels refresh => CommandResult.Accepted(new PanelsRefreshRequested(AgentUser, now, refresh.Panels)),
            _ => throw new ArgumentOutOfRangeException(nameof(command), command, "Unknown agent command."),
        };
        if (result.Changed)
        {
            Version++;
        }

        return result;
    }

    private AgentStateChanged MoveTo(AgentState state, string? pauseCode, DateTimeOffset now)
    {
        var changed = new AgentStateChanged(AgentUser, now, state, pauseCode, State, PauseCode, StateSince);
        if (state != AgentState.Paused)
        {
            PreviewLeadId = null;
        }

        State = state;
        PauseCode = state == AgentState.Paused ? pauseCode : null;
        StateSince = now;
        return changed;
    }

    private AgentLoggedOut End(DateTimeOffset now)
    {
        var loggedOut = new AgentLoggedOut(AgentUser, now, State, PauseCode, StateSince);
        State = AgentState.LoggedOut;
        PauseCode = null;
        StateSince = now;
        Call = null;
        PauseAfterDispo = false;
        LogoutAfterDispo = false;
        PendingPauseCode = null;
        return loggedOut;
    }
}
