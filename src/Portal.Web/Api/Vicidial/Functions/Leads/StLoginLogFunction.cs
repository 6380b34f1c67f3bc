namespace Portal.Web.Api.Vicidial.Functions.Leads;

using Portal.Infrastructure.AgentApi.Leads;

/// <summary>
/// st_login_log: a CRM agent id (custom_three) finds the user, who gets the CRM team id (custom_four). Contract §3.18.
/// A user outside the API user's supervisor scope is refused as every other function refuses them.
/// </summary>
internal sealed class StLoginLogFunction(AgentApiUsers users) : IVicidialFunction
{
    public string Name => "st_login_log";

    public async Task RunAsync(VicidialCall call)
    {
        var (crmAgentId, teamId) = (call.Value, call.Parameters["vendor_id"]);
        if (crmAgentId.Length == 0 || teamId.Length == 0)
        {
            call.Reply.Error("st_login_log not valid", $"{crmAgentId}|{teamId}");
            return;
        }

        if (!call.HasPermission())
        {
            return;
        }

        if (await users.FindByCrmIdAsync(crmAgentId) is not { } found)
        {
            call.Reply.Error("no user found", crmAgentId);
            return;
        }

        if (!call.MayControl(found, call.Sessions.Find(found)))
        {
            return;
        }

        if (!await users.SetCrmTeamAsync(found, teamId))
        {
            call.Reply.Error("no user found", crmAgentId);
            return;
        }

        call.Reply.Success("st_login_log user found", found);
    }
}
