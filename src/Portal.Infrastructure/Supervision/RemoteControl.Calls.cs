namespace Portal.Infrastructure.Supervision;

using Portal.Domain.Sessions;
using Portal.Infrastructure.Calls;
using Portal.Infrastructure.Telephony;

/// <summary>Remote control of the agent's calls and queues: in-groups, recording, manual dial, monitoring.</summary>
public sealed partial class RemoteControl
{
    public Task<RemoteResult> ChangeInGroupsAsync(string supervisor, string agentUser, IReadOnlyList<string> inGroups, bool blended) =>
        OnAgentAsync(supervisor, agentUser, "change_ingroups", $"{string.Join(' ', inGroups)}|{(blended ? "BLENDED" : "")}", async session =>
        {
            if (blended && session.CampaignIsManual)
            {
                return RemoteResult.Refused($"Campaign {session.CampaignId} does not auto-dial: {agentUser} cannot be blended.");
            }

            var outcome = await agentDesk.ChangeInGroupsAsync(agentUser, inGroups, blended);
            var list = inGroups.Count == 0 ? "no in-groups" : string.Join(", ", inGroups);
            return outcome.IsAccepted ? RemoteResult.Done($"{agentUser} now takes {list}{(blended ? " and outbound calls" : "")}.")
                : outcome.Refusal?.Kind == RefusalKind.NotAllowed ? RemoteResult.Refused($"Choose only in-groups of campaign {session.CampaignId}.")
                : Refused(agentUser, outcome);
        });

    public Task<RemoteResult> RecordAsync(string supervisor, string agentUser, bool start) =>
        OnAgentAsync(supervisor, agentUser, start ? "start_recording" : "stop_recording", start ? "START" : "STOP", async _ =>
            Desk(await controls.RecordAsync(agentUser, start), $"Recording of {agentUser}'s call {(start ? "started" : "stopped")}."));

    public Task<RemoteResult> DialAsync(string supervisor, string agentUser, string phoneNumber) =>
        OnAgentAsync(supervisor, agentUser, "manual_dial", phoneNumber, async session =>
        {
            if (session.State != AgentState.Paused)
            {
                return RemoteResult.Refused($"{agentUser} must be paused before you dial for them.");
            }

            var number = (phoneNumber ?? "").Trim();
            return Desk(await desk.ManualDialAsync(agentUser, new ManualDialRequest("1", number)), $"Dialling {number} for {agentUser}.");
        });

    public Task<RemoteResult> MonitorAsync(string supervisor, string agentUser, MonitorMode mode) =>
        OnAgentAsync(supervisor, agentUser, mode == MonitorMode.Listen ? "monitor" : mode.ToString().ToLowerInvariant(), mode.ToString().ToUpperInvariant(), async _ =>
            Desk(await monitors.MonitorAsync(supervisor, agentUser, mode), mode switch
            {
                MonitorMode.Barge => $"You are barging into the call of {agentUser}.",
                MonitorMode.Whisper => $"You are whispering to {agentUser}.",
                _ => $"You are listening to the call of {agentUser}.",
            }));

    public Task<RemoteResult> StopMonitoringAsync(string supervisor, string agentUser) =>
        OnAgentAsync(supervisor, agentUser, "stop_monitor", "", async _ =>
            Desk(await monitors.StopMonitoringAsync(supervisor, agentUser), $"You left the call of {agentUser}."));
}
