namespace Portal.Web.Api.ContactNow.Actions;

using Portal.Domain.Sessions;
using Portal.Infrastructure.Sessions;

/// <summary>logout: ends the agent's session now when they are paused or ready, else after the call's disposition.</summary>
internal sealed class LogoutAction(SessionRuntime sessions) : IAgentAction
{
    public string Name => "logout";

    public string Permission => "logout";

    public bool NeedsSession => true;

    public async Task<ActionResult> RunAsync(AgentActionCall call) =>
        ActionResult.From(await sessions.SendAsync(call.AgentUser, new LogOut()));
}
