namespace Portal.Domain.Sessions;

/// <summary>
/// One agent's live session: the state machine every command goes through, whatever its source.
/// Not thread-safe by design: the session runtime hands it one command at a time.
/// </summary>
public sealed class AgentSession
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

        var session = new AgentSession(new SessionSnapshot(
            login.AgentUser, login.CampaignId, login.CampaignIsManual, login.PhoneLogin, now,
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

    private CommandResult BecomeReady(DateTimeOffset now) => State switch
    {
        AgentState.Paused => CommandResult.Accepted(MoveTo(AgentState.Ready, null, now)),
        // In wrap-up, RESUME cancels a pending pause: the agent becomes ready once the call is dispositioned.
        AgentState.Dispo when PauseAfterDispo => SetIntents(pause: false, PendingPauseCode, LogoutAfterDispo, now),
        AgentState.Dispo => CommandResult.Accepted(),
        _ => CommandResult.Refused(Refusal.NotPaused),
    };

    private CommandResult ApplyPause(string? code, DateTimeOffset now)
    {
        if (code is not null && !PauseCodeRules.IsWellFormed(code))
        {
            return CommandResult.Refused(Refusal.InvalidPauseCode);
        }

        return State switch
        {
            AgentState.Ready => CommandResult.Accepted(MoveTo(AgentState.Paused, code, now)),
            AgentState.Paused when code is not null && code != PauseCode => CommandResult.Accepted(MoveTo(AgentState.Paused, code, now)),
            AgentState.Paused => CommandResult.Accepted(),
            // On a call (or about to be): VICIdial ticks "pause after dispo".
            _ when PauseAfterDispo && (code is null || code == PendingPauseCode) => CommandResult.Accepted(),
            _ => SetIntents(pause: true, code ?? PendingPauseCode, LogoutAfterDispo, now),
        };
    }

    private CommandResult ApplyPauseCode(string code, DateTimeOffset now)
    {
        if (!PauseCodeRules.IsWellFormed(code))
        {
            return CommandResult.Refused(Refusal.InvalidPauseCode);
        }

        if (State != AgentState.Paused)
        {
            return CommandResult.Refused(Refusal.NotPaused);
        }

        return code == PauseCode ? CommandResult.Accepted() : CommandResult.Accepted(MoveTo(AgentState.Paused, code, now));
    }

    private CommandResult ApplyLogOut(bool immediately, DateTimeOffset now)
    {
        if (State is AgentState.Paused or AgentState.Ready)
        {
            return CommandResult.Accepted(End(now));
        }

        if (immediately)
        {
            var events = new List<AgentEvent>();
            if (Call is not null && State == AgentState.InCall)
            {
                events.Add(new CallEnded(AgentUser, now, Call, ByCustomer: false));
            }

            events.Add(End(now));
            return CommandResult.Accepted([.. events]);
        }

        return LogoutAfterDispo ? CommandResult.Accepted() : SetIntents(PauseAfterDispo, PendingPauseCode, logout: true, now);
    }

    private CommandResult Offer(ActiveCall call, DateTimeOffset now)
    {
        if (State != AgentState.Ready)
        {
            return CommandResult.Refused(Refusal.NotReady);
        }

        Call = call;
        var moved = MoveTo(AgentState.Queue, null, now);
        return CommandResult.Accepted(moved, new CallOffered(AgentUser, now, call));
    }

    private CommandResult Withdraw(DateTimeOffset now)
    {
        if (State != AgentState.Queue)
        {
            return CommandResult.Refused(Refusal.NoCallOffered);
        }

        Call = null;
        // The agent never took this call: only a pending pause or logout keeps them from being ready again.
        return CommandResult.Accepted(AfterCall(now, pauseWhenManual: false));
    }

    private CommandResult Connect(DateTimeOffset now)
    {
        if (State != AgentState.Queue || Call is null)
        {
            return CommandResult.Refused(Refusal.NoCallOffered);
        }

        Call = Call with { StartedAt = now };
        var moved = MoveTo(AgentState.InCall, null, now);
        return CommandResult.Accepted(moved, new CallConnected(AgentUser, now, Call));
    }

    private CommandResult Place(ActiveCall call, DateTimeOffset now)
    {
        if (State != AgentState.Paused)
        {
            return CommandResult.Refused(Refusal.NotPaused);
        }

        Call = call with { StartedAt = now };
        PreviewLeadId = null;
        var moved = MoveTo(AgentState.InCall, null, now);
        return CommandResult.Accepted(moved, new CallConnected(AgentUser, now, Call));
    }

    private CommandResult CustomerHangUp(DateTimeOffset now)
    {
        if (State != AgentState.InCall || Call is null)
        {
            return CommandResult.Refused(Refusal.NotOnCall);
        }

        return Call.Has(CallFlags.CustomerGone) ? CommandResult.Accepted() : SetFlag(CallFlags.CustomerGone, true, now);
    }

    private CommandResult HangUp(CallEndReason reason, DateTimeOffset now)
    {
        if (State != AgentState.InCall || Call is null)
        {
            return CommandResult.Refused(Refusal.NotOnCall);
        }

        var byCustomer = Call.Has(CallFlags.CustomerGone);
        if (byCustomer && reason == CallEndReason.AgentHangup)
        {
            reason = CallEndReason.CustomerHangup;
        }

        var ended = new CallEnded(AgentUser, now, Call, byCustomer, reason);
        const CallFlags lineFlags = CallFlags.Recording | CallFlags.ThreeWay | CallFlags.Parked | CallFlags.Ringing | CallFlags.OnHold | CallFlags.Muted;
        Call = Call.With(lineFlags, false) with { ConferenceNumber = null, EndReason = reason };
        return CommandResult.Accepted(ended, MoveTo(AgentState.Dispo, null, now));
    }

    private CommandResult Answered(DateTimeOffset now)
    {
        if (State != AgentState.InCall || Call is null)
        {
            return CommandResult.Refused(Refusal.NotOnCall);
        }

        if (!Call.Has(CallFlags.Ringing))
        {
            return CommandResult.Accepted();
        }

        Call = Call.With(CallFlags.Ringing, false) with { StartedAt = now };
        return CommandResult.Accepted(new CallAnsweredByCustomer(AgentUser, now, Call));
    }

    private CommandResult ConferenceLine(string? number, DateTimeOffset now)
    {
        if (State != AgentState.InCall || Call is null)
        {
            return CommandResult.Refused(Refusal.NotOnCall);
        }

        if (number == Call.ConferenceNumber)
        {
            return CommandResult.Accepted();
        }

        // Without a conference line there is no 3-way call.
        Call = (number is null ? Call.With(CallFlags.ThreeWay, false) : Call) with { ConferenceNumber = number };
        return CommandResult.Accepted(new ConferenceLineChanged(AgentUser, now, number));
    }

    private CommandResult Preview(long? leadId, DateTimeOffset now)
    {
        if (leadId is not null && State != AgentState.Paused)
        {
            return CommandResult.Refused(Refusal.NotPaused);
        }

        if (leadId == PreviewLeadId)
        {
            return CommandResult.Accepted();
        }

        PreviewLeadId = leadId;
        return CommandResult.Accepted(new LeadPreviewed(AgentUser, now, leadId));
    }

    private CommandResult Switch(long leadId, DateTimeOffset now)
    {
        if (State != AgentState.InCall || Call is null)
        {
            return CommandResult.Refused(Refusal.NotOnCall);
        }

        if (Call.LeadId == leadId)
        {
            return CommandResult.Accepted();
        }

        var previous = Call.LeadId;
        Call = Call with { LeadId = leadId };
        return CommandResult.Accepted(new LeadSwitched(AgentUser, now, previous, leadId));
    }

    private CommandResult ApplyInGroups(IReadOnlyList<string> inGroups, bool blended, DateTimeOffset now)
    {
        var distinct = inGroups.Distinct(StringComparer.Ordinal).ToList();
        if (distinct.SequenceEqual(_inGroups) && blended == Blended)
        {
            return CommandResult.Accepted();
        }

        _inGroups.Clear();
        _inGroups.AddRange(distinct);
        Blended = blended;
        return CommandResult.Accepted(new InGroupsChanged(AgentUser, now, [.. _inGroups], blended));
    }

    private CommandResult SetFlag(CallFlags flag, bool on, DateTimeOffset now)
    {
        if (State != AgentState.InCall || Call is null)
        {
            return CommandResult.Refused(Refusal.NotOnCall);
        }

        var changed = Call.With(flag, on);
        if (changed == Call)
        {
            return CommandResult.Accepted();
        }

        Call = changed;
        return CommandResult.Accepted(new CallFlagsChanged(AgentUser, now, changed.Flags));
    }

    private CommandResult ApplyDisposition(Disposition disposition, DateTimeOffset now)
    {
        var (statusCode, pauseAfter, callback) = disposition;
        if (State != AgentState.Dispo || Call is null)
        {
            return CommandResult.Refused(Refusal.NotInDisposition);
        }

        if (!StatusCodeRules.IsWellFormed(statusCode))
        {
            return CommandResult.Refused(Refusal.InvalidStatus);
        }

        var dispositioned = new CallDispositioned(AgentUser, now, Call, statusCode, CampaignId, callback);
        // Like VICIdial, an agent who dialled from pause returns to pause; manual campaigns always pause.
        var pauseAfterCall = CampaignIsManual || Call.Direction == CallDirection.Manual;
        Call = null;
        PauseAfterDispo |= pauseAfter;
        return CommandResult.Accepted(dispositioned, AfterCall(now, pauseWhenManual: pauseAfterCall));
    }

    /// <summary>Where a session goes when a call is over: the pending intents decide, then the campaign's dial method.</summary>
    private AgentEvent AfterCall(DateTimeOffset now, bool pauseWhenManual)
    {
        var logout = LogoutAfterDispo;
        var pause = PauseAfterDispo || pauseWhenManual;
        var code = PendingPauseCode;
        PauseAfterDispo = false;
        LogoutAfterDispo = false;
        PendingPauseCode = null;
        if (logout)
        {
            return End(now);
        }

        return pause ? MoveTo(AgentState.Paused, code, now) : MoveTo(AgentState.Ready, null, now);
    }

    private CommandResult SetIntents(bool pause, string? pendingCode, bool logout, DateTimeOffset now)
    {
        PauseAfterDispo = pause;
        PendingPauseCode = pause ? pendingCode : null;
        LogoutAfterDispo = logout;
        return CommandResult.Accepted(new PendingIntentChanged(AgentUser, now, pause, logout));
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
