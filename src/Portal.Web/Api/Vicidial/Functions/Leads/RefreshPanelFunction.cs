namespace Portal.Web.Api.Vicidial.Functions.Leads;

using Portal.Domain.Sessions;

/// <summary>refresh_panel: reload panels of the agent's screen (lead form, scripts, callbacks). Contract §3.16.</summary>
internal sealed class RefreshPanelFunction : IVicidialFunction
{
    public string Name => "refresh_panel";

    public async Task RunAsync(VicidialCall call)
    {
        var agentUser = call.AgentUser;
        if (agentUser.Length == 0)
        {
            call.Reply.Error("agent_user not valid", agentUser, data: agentUser);
            return;
        }

        if (!call.HasPermission() || !call.IsAgentLoggedIn())
        {
            return;
        }

        var triggers = PanelTriggers.Detect(call.Parameters, includeCallbacks: true);
        if (triggers.Count == 0)
        {
            call.Reply.Error("no panels have been defined", agentUser);
            return;
        }

        var refresh = await call.Sessions.SendAsync(agentUser, new RefreshPanels([.. triggers.Select(t => t.Panel)]));
        if (!refresh.IsAccepted)
        {
            call.Reply.Error(refresh.Refusal!.Reason, agentUser);
            return;
        }

        var detail = $"{call.Parameters.User}|{agentUser}|1|{string.Join(',', triggers.Select(t => t.Trigger))}|";
        call.Reply.Success("refresh_panel request sent", detail, data: detail);
    }
}
