namespace Portal.Web.Api.ContactNow.Actions;

using Portal.Domain.Sessions;
using Portal.Infrastructure.Sessions;

/// <summary>
/// ready: a paused agent becomes available (READY). In wrap-up it cancels a pending pause, so the agent is available
/// once the call is dispositioned; on a call it is refused ("agent is not paused").
/// </summary>
internal sealed class ReadyAction(SessionRuntime sessions) : IAgentAction
{
    public string Name => "ready";

    public string Permission => "external_pause";

    public bool NeedsSession => true;

    public async Task<ActionResult> RunAsync(AgentActionCall call) =>
        ActionResult.From(await sessions.SendAsync(call.AgentUser, new GoReady()));
}
