namespace Portal.Web.Api.ContactNow.Actions;

using Portal.Domain.Sessions;
using Portal.Infrastructure.Calls;

/// <summary>
/// hangup: hangs up the agent's call; the agent goes to the disposition screen. A status in <c>data</c> is proposed
/// there (selected) but not applied: as the contract says, the agent still gets the disposition screen.
/// </summary>
internal sealed class HangupAction(ICallDesk desk, SuggestedDispositions suggestions) : IAgentAction
{
    public string Name => "hangup";

    public string Permission => "external_hangup";

    public bool NeedsSession => true;

    public async Task<ActionResult> RunAsync(AgentActionCall call)
    {
        var session = call.LiveSession;
        if (session is not { State: AgentState.InCall, Call: { } active })
        {
            return ActionResult.From(Refusal.NotOnCall);
        }

        if (call.Data.Length > 0)
        {
            var (_, error) = await DispositionCodes.FindAsync(desk, session, call.Data);
            if (error is not null)
            {
                return ActionResult.Fail(error);
            }

            suggestions.Suggest(call.AgentUser, active.CallId, call.Data);
        }

        return ActionResult.From(await desk.HangUpAsync(call.AgentUser, CallEndReason.ApiHangup));
    }
}
