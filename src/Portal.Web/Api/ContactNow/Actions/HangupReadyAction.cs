namespace Portal.Web.Api.ContactNow.Actions;

using Portal.Domain.Sessions;
using Portal.Infrastructure.Calls;
using Portal.Infrastructure.Sessions;

/// <summary>
/// hangupready: hangs up the agent's call (or takes the call already in wrap-up), dispositions it with the status in
/// <c>data</c> and makes the agent available (READY), even where the campaign would pause them after the call.
/// </summary>
internal sealed class HangupReadyAction(ICallDesk desk, SessionRuntime sessions) : IAgentAction
{
    public string Name => "hangupready";

    public string Permission => "external_status";

    public bool NeedsSession => true;

    public async Task<ActionResult> RunAsync(AgentActionCall call)
    {
        var session = call.LiveSession;
        if (call.Data.Length == 0)
        {
            return ActionResult.Fail("data is required: the disposition code");
        }

        if (session.State is not (AgentState.InCall or AgentState.Dispo))
        {
            return ActionResult.From(Refusal.NotOnCall);
        }

        var (_, error) = await DispositionCodes.FindApplicableAsync(desk, session, call.Data);
        if (error is not null)
        {
            return ActionResult.Fail(error);
        }

        if (session.State == AgentState.InCall && await desk.HangUpAsync(call.AgentUser, CallEndReason.ApiHangup) is { Succeeded: false } hangup)
        {
            return ActionResult.From(hangup);
        }

        // Ready after the disposition: cancels a pause that was pending for the end of the call.
        await sessions.SendAsync(call.AgentUser, new GoReady());
        var disposition = await desk.DispositionAsync(call.AgentUser, call.Data, pauseAfter: false, callback: null);
        if (!disposition.Succeeded)
        {
            return ActionResult.From(disposition);
        }

        // Manual dials and manual campaigns return to pause after the call; hangupready means available.
        return sessions.Find(call.AgentUser) is { State: AgentState.Paused }
            ? ActionResult.From(await sessions.SendAsync(call.AgentUser, new GoReady()))
            : ActionResult.Done;
    }
}
