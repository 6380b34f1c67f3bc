namespace Portal.Infrastructure.Supervision;

using Portal.Domain.Sessions;
using Portal.Infrastructure.Agents;
using Portal.Infrastructure.Audit;
using Portal.Infrastructure.Calls;
using Portal.Infrastructure.Notifications;
using Portal.Infrastructure.Sessions;

/// <summary>
/// Supervisors' remote control of live agent sessions. Each action checks the supervisor's scope here (not only in
/// the page), then goes through the same session commands and desk services as the agent's clicks and the APIs, and
/// writes an audit row (ApiScript <c>portal</c>, the supervisor as user).
/// </summary>
public sealed partial class RemoteControl(
    LiveSessionBoard board,
    SessionRuntime sessions,
    ICallDesk desk,
    ICallControls controls,
    AgentDesk agentDesk,
    INotificationQueue notifications,
    CallMonitors monitors,
    RemoteControlCatalog catalog,
    ApiAuditLog audit,
    TimeProvider time) : IRemoteControl
{
    public const string ApiScript = "portal";
    public const string Source = "wallboard";

    public Task<RemoteResult> ForcePauseAsync(string supervisor, string agentUser, string? pauseCode) =>
        OnAgentAsync(supervisor, agentUser, "force_pause", pauseCode ?? "", async session =>
        {
            var code = string.IsNullOrWhiteSpace(pauseCode) ? null : pauseCode.Trim();
            if (await catalog.PauseCodeProblemAsync(session.CampaignId, code) is { } problem)
            {
                return RemoteResult.Refused(problem);
            }

            var outcome = await sessions.SendAsync(agentUser, new Pause(code));
            var named = code is null ? "" : $" ({code})";
            return !outcome.IsAccepted ? Refused(agentUser, outcome)
                : outcome.Session?.State == AgentState.Paused ? RemoteResult.Done($"{agentUser} is paused{named}.")
                : RemoteResult.Done($"{agentUser} will pause{named} after the call.");
        });

    public Task<RemoteResult> ResumeAsync(string supervisor, string agentUser) =>
        OnAgentAsync(supervisor, agentUser, "resume", "READY", async session =>
        {
            var outcome = await sessions.SendAsync(agentUser, new GoReady());
            return !outcome.IsAccepted ? Refused(agentUser, outcome)
                : session.State == AgentState.Dispo ? RemoteResult.Done($"{agentUser} will be ready after the disposition.")
                : RemoteResult.Done($"{agentUser} is ready.");
        });

    public Task<RemoteResult> LogOutAsync(string supervisor, string agentUser) =>
        OnAgentAsync(supervisor, agentUser, "logout", "LOGOUT", async _ =>
        {
            var outcome = await sessions.SendAsync(agentUser, new LogOut());
            return !outcome.IsAccepted ? Refused(agentUser, outcome)
                : outcome.Session?.State == AgentState.LoggedOut ? RemoteResult.Done($"{agentUser} is logged out.")
                : RemoteResult.Done($"{agentUser} will log out after the call.");
        });

    public Task<RemoteResult> EmergencyLogOutAsync(string supervisor, string agentUser) =>
        OnAgentAsync(supervisor, agentUser, "emergency_logout", "LOGOUT", async session =>
        {
            // The customer is hung up first, so no call is left connected to a session that no longer exists.
            if (session.State == AgentState.InCall)
            {
                await desk.HangUpAsync(agentUser, CallEndReason.SupervisorHangup);
            }

            var outcome = await sessions.SendAsync(agentUser, new LogOut(Immediately: true));
            return outcome.IsAccepted ? RemoteResult.Done($"{agentUser} was logged out at once.") : Refused(agentUser, outcome);
        });

    public Task<RemoteResult> HangUpAsync(string supervisor, string agentUser) =>
        OnAgentAsync(supervisor, agentUser, "hangup", "", async _ =>
            Desk(await desk.HangUpAsync(agentUser, CallEndReason.SupervisorHangup), $"The call of {agentUser} was hung up; they are in wrap-up."));

    public Task<RemoteResult> SetDispositionAsync(string supervisor, string agentUser, string statusCode) =>
        OnAgentAsync(supervisor, agentUser, "set_disposition", statusCode, async session =>
        {
            if (session.State != AgentState.Dispo)
            {
                return RemoteResult.Refused($"{agentUser} is not in wrap-up: there is no call to disposition.");
            }

            if (!await catalog.IsSupervisorStatusAsync(session.CampaignId, statusCode))
            {
                return RemoteResult.Refused($"{statusCode} is not a status of campaign {session.CampaignId} a supervisor can set.");
            }

            return Desk(await desk.DispositionAsync(agentUser, statusCode, pauseAfter: false, callback: null), $"The call of {agentUser} was dispositioned {statusCode}.");
        });

    private static RemoteResult Desk(DeskResult result, string done) =>
        result.Succeeded ? RemoteResult.Done(done) : RemoteResult.Refused(result.Error!);

    private static RemoteResult Refused(string agentUser, CommandOutcome outcome) =>
        RemoteResult.Refused($"{agentUser}: {outcome.Refusal?.Reason}.");

    private static RemoteResult OutOfScope(string agentUser) =>
        RemoteResult.Refused($"{agentUser} is outside your scope: you may not see or control this agent.");

    /// <summary>Scope first (user group, then the campaign of the live session), then the action; audited either way.</summary>
    private async Task<RemoteResult> OnAgentAsync(string supervisor, string agentUser, string function, string value, Func<SessionSnapshot, Task<RemoteResult>> act)
    {
        var started = time.GetTimestamp();
        var scope = await board.ScopeForAsync(supervisor);
        var session = sessions.Find(agentUser);
        var result = !scope.AllowsAgent(agentUser) ? OutOfScope(agentUser)
            : session is null ? RemoteResult.Refused($"{agentUser} is not logged in.")
            : !scope.Allows(session) ? OutOfScope(agentUser)
            : await act(session);
        await AuditAsync(supervisor, agentUser, function, value, result, started);
        return result;
    }

    private Task AuditAsync(string supervisor, string agentUser, string function, string value, RemoteResult result, long started) =>
        audit.WriteAsync(new ApiLogEntry
        {
            ApiDate = time.GetUtcNow(),
            User = supervisor,
            AgentUser = agentUser,
            Function = function,
            Value = value,
            Result = result.Succeeded ? "SUCCESS" : "ERROR",
            ResultReason = result.Message,
            Source = Source,
            ApiScript = ApiScript,
            RunTimeSeconds = time.GetElapsedTime(started).TotalSeconds,
            Url = "/supervisor",
        });
}
