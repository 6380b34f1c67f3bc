namespace Portal.Web.Tests.Fakes;

using Portal.Infrastructure.Supervision;
using Portal.Infrastructure.Telephony;

/// <summary>Records what the wallboard asks of remote control ("force_pause 1001 BREAK") and answers with <see cref="Result"/>.</summary>
internal sealed class FakeRemoteControl : IRemoteControl
{
    public RemoteResult Result { get; set; } = RemoteResult.Done("Done.");

    public List<string> Calls { get; } = [];

    public List<RemoteNotification> Notifications { get; } = [];

    public Task<RemoteResult> ForcePauseAsync(string supervisor, string agentUser, string? pauseCode) => Record($"force_pause {agentUser} {pauseCode}");

    public Task<RemoteResult> ResumeAsync(string supervisor, string agentUser) => Record($"resume {agentUser}");

    public Task<RemoteResult> LogOutAsync(string supervisor, string agentUser) => Record($"logout {agentUser}");

    public Task<RemoteResult> EmergencyLogOutAsync(string supervisor, string agentUser) => Record($"emergency_logout {agentUser}");

    public Task<RemoteResult> HangUpAsync(string supervisor, string agentUser) => Record($"hangup {agentUser}");

    public Task<RemoteResult> SetDispositionAsync(string supervisor, string agentUser, string statusCode) => Record($"set_disposition {agentUser} {statusCode}");

    public Task<RemoteResult> NotifyAsync(string supervisor, RemoteNotification notification)
    {
        Notifications.Add(notification);
        return Record($"send_notification {notification.RecipientType} {notification.Recipient}");
    }

    public Task<RemoteResult> ChangeInGroupsAsync(string supervisor, string agentUser, IReadOnlyList<string> inGroups, bool blended) =>
        Record($"change_ingroups {agentUser} {string.Join(',', inGroups)} {blended}");

    public Task<RemoteResult> RecordAsync(string supervisor, string agentUser, bool start) => Record($"recording {agentUser} {start}");

    public Task<RemoteResult> DialAsync(string supervisor, string agentUser, string phoneNumber) => Record($"manual_dial {agentUser} {phoneNumber}");

    public Task<RemoteResult> MonitorAsync(string supervisor, string agentUser, MonitorMode mode) => Record($"monitor {agentUser} {mode}");

    public Task<RemoteResult> StopMonitoringAsync(string supervisor, string agentUser) => Record($"stop_monitor {agentUser}");

    private Task<RemoteResult> Record(string call)
    {
        Calls.Add(call.TrimEnd());
        return Task.FromResult(Result);
    }
}
