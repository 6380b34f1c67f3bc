namespace Portal.Web.Api.ContactNow.Actions;

using Portal.Domain.Sessions;
using Portal.Infrastructure.Agents;
using Portal.Infrastructure.Calls;
using Portal.Infrastructure.Sessions;

/// <summary>
/// wrap: places the agent into idle. On a call: hang up, and the agent wraps up on the disposition screen with
/// "pause after disposition" set; in wrap-up the pause is set. <c>data</c> (the idle status code) is then the call's
/// disposition: applied at once, and the agent goes PAUSED. With no call, a READY agent pauses, and <c>data</c> is the
/// pause code (one of the campaign's).
/// </summary>
internal sealed class WrapAction(ICallDesk desk, AgentDesk agentDesk, SessionRuntime sessions) : IAgentAction
{
    public string Name => "wrap";

    public string Permission => "external_status";

    public bool NeedsSession => true;

    public Task<ActionResult> RunAsync(AgentActionCall call) => call.LiveSession.State switch
    {
        AgentState.InCall or AgentState.Dispo => WrapCallAsync(call),
        AgentState.Queue when call.Data.Length > 0 => Task.FromResult(ActionResult.From(Refusal.NotOnCall)),
        AgentState.Queue => PauseAsync(call.AgentUser, null),
        _ => IdleAsync(call),
    };

    private async Task<ActionResult> WrapCallAsync(AgentActionCall call)
    {
        var session = call.LiveSession;
        var status = call.Data;
        if (status.Length > 0 && (await DispositionCodes.FindApplicableAsync(desk, session, status)).Error is { } error)
        {
            return ActionResult.Fail(error);
        }

        var paused = await PauseAsync(call.AgentUser, null);
        if (!paused.Succeeded)
        {
            return paused;
        }

        if (session.State == AgentState.InCall && await desk.HangUpAsync(call.AgentUser, CallEndReason.ApiHangup) is { Succeeded: false } hangup)
        {
            return ActionResult.From(hangup);
        }

        return status.Length == 0
            ? ActionResult.Done
            : ActionResult.From(await desk.DispositionAsync(call.AgentUser, status, pauseAfter: true, callback: null));
    }

    /// <summary>No call: pause (a READY agent), with the pause code in data if given.</summary>
    private async Task<ActionResult> IdleAsync(AgentActionCall call)
    {
        var code = call.Data;
        if (code.Length == 0)
        {
            return await PauseAsync(call.AgentUser, null);
        }

        var codes = await agentDesk.PauseCodesForAsync(call.LiveSession.CampaignId);
        return codes.Any(c => c.Code == code)
            ? await PauseAsync(call.AgentUser, code)
            : ActionResult.Fail($"{Echo.Of(code)} is not a pause code of campaign {call.LiveSession.CampaignId}");
    }

    private async Task<ActionResult> PauseAsync(string agentUser, string? code) =>
        ActionResult.From(await sessions.SendAsync(agentUser, new Pause(code)));
}
