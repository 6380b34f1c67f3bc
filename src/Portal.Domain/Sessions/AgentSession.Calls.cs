namespace Portal.Domain.Sessions;

/// <summary>Calls: delivery, dialling, the live call and its disposition.</summary>
public sealed partial class AgentSession
{
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
        if (byCustomer && reason is CallEndReason.AgentHangup or CallEndReason.SupervisorHangup or CallEndReason.ApiHangup)
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
}
