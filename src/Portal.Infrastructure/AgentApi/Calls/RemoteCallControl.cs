namespace Portal.Infrastructure.AgentApi.Calls;

using Portal.Domain.Sessions;
using Portal.Infrastructure.Calls;
using Portal.Infrastructure.Leads;
using Portal.Infrastructure.Sessions;
using Portal.Infrastructure.Telephony;

/// <summary>
/// ra_call_control: hang up or transfer a call found by its call id, then give it the API's status (RAXFER by default).
/// A call with an agent goes through the agent's own controls and is dispositioned with that status, so the agent
/// moves on; a call still waiting in a queue is taken out of it and its lead gets the status.
/// </summary>
public sealed class RemoteCallControl(
    CallRegistry registry,
    CallRouter router,
    SessionRuntime sessions,
    CallDesk desk,
    CallControls controls,
    ITelephony telephony,
    LeadDirectory leads) : IRemoteCallControl
{
    public const string DefaultStatus = "RAXFER";

    public Task<TrackedCall?> FindAsync(string callId) => Task.FromResult(registry.Find(callId));

    public Task<DeskResult> HangUpAsync(TrackedCall call, string status) => ActAsync(
        call, status, agent => desk.HangUpAsync(agent, CallEndReason.ApiHangup), async () =>
        {
            await telephony.HangUpAsync(call.CallId);
            registry.Forget(call.CallId);
        });

    public Task<DeskResult> TransferToNumberAsync(TrackedCall call, string number, string status) => ActAsync(
        call, status, agent => controls.BlindTransferAsync(agent, number), async () =>
        {
            await telephony.BlindTransferAsync(call.CallId, number);
            registry.Forget(call.CallId);
        });

    public Task<DeskResult> TransferToInGroupAsync(TrackedCall call, string inGroupId, string status) => ActAsync(
        call, status, agent => controls.LocalCloserAsync(agent, inGroupId, null), () =>
        {
            router.Enqueue(call with { InGroupId = inGroupId, TargetAgent = null });
            return Task.CompletedTask;
        });

    private async Task<DeskResult> ActAsync(TrackedCall call, string status, Func<string, Task<DeskResult>> withAgent, Func<Task> waiting)
    {
        // VICIdial's status column holds six characters; a longer status is cut as MySQL cuts it.
        status = status.Length > StatusCodeRules.MaxLength ? status[..StatusCodeRules.MaxLength] : status;
        if (call.AgentUser is { } agent)
        {
            if (sessions.Find(agent) is not { State: AgentState.InCall, Call: { } active } || active.CallId != call.CallId)
            {
                return DeskResult.Fail(Refusal.NotOnCall.Reason);
            }

            var done = await withAgent(agent);
            if (done.Succeeded)
            {
                await sessions.SendAsync(agent, new Disposition(status));
            }

            return done;
        }

        if (!router.Remove(call.CallId))
        {
            return DeskResult.Fail(Refusal.NoCallOffered.Reason);
        }

        await waiting();
        if (call.LeadId is { } leadId)
        {
            await leads.RecordDialerOutcomeAsync(leadId, status);
        }

        return DeskResult.Ok;
    }
}
