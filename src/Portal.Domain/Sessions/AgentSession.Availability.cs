namespace Portal.Domain.Sessions;

/// <summary>Pausing, resuming and logging out, and the intents that wait for the end of a call.</summary>
public sealed partial class AgentSession
{
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

    private CommandResult SetIntents(bool pause, string? pendingCode, bool logout, DateTimeOffset now)
    {
        PauseAfterDispo = pause;
        PendingPauseCode = pause ? pendingCode : null;
        LogoutAfterDispo = logout;
        return CommandResult.Accepted(new PendingIntentChanged(AgentUser, now, pause, logout));
    }
}
