namespace Portal.Infrastructure.Supervision;

using Portal.Infrastructure.Telephony;

/// <summary>
/// What a supervisor may do to a live agent session from the wallboard. Every action is checked against the
/// supervisor's scope and audited; a refusal comes back as a message, never as an exception.
/// </summary>
public interface IRemoteControl
{
    /// <summary>Pause now, or after the call when on one, with one of the campaign's active pause codes.</summary>
    Task<RemoteResult> ForcePauseAsync(string supervisor, string agentUser, string? pauseCode);

    /// <summary>Make a paused agent READY (in wrap-up: cancel a pending pause).</summary>
    Task<RemoteResult> ResumeAsync(string supervisor, string agentUser);

    /// <summary>Log out now, or after the call when on one.</summary>
    Task<RemoteResult> LogOutAsync(string supervisor, string agentUser);

    /// <summary>Log out now, hanging up the customer first when on a call.</summary>
    Task<RemoteResult> EmergencyLogOutAsync(string supervisor, string agentUser);

    Task<RemoteResult> HangUpAsync(string supervisor, string agentUser);

    /// <summary>Disposition the call of an agent in wrap-up.</summary>
    Task<RemoteResult> SetDispositionAsync(string supervisor, string agentUser, string statusCode);

    Task<RemoteResult> NotifyAsync(string supervisor, RemoteNotification notification);

    Task<RemoteResult> ChangeInGroupsAsync(string supervisor, string agentUser, IReadOnlyList<string> inGroups, bool blended);

    Task<RemoteResult> RecordAsync(string supervisor, string agentUser, bool start);

    /// <summary>Place a manual call for a paused agent.</summary>
    Task<RemoteResult> DialAsync(string supervisor, string agentUser, string phoneNumber);

    Task<RemoteResult> MonitorAsync(string supervisor, string agentUser, MonitorMode mode);

    Task<RemoteResult> StopMonitoringAsync(string supervisor, string agentUser);
}
