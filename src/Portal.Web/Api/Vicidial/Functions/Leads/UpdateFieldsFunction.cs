namespace Portal.Web.Api.Vicidial.Functions.Leads;

using Portal.Domain.Sessions;
using Portal.Infrastructure.AgentApi.Leads;
using Portal.Infrastructure.Leads;

/// <summary>
/// update_fields: change fields of the lead on the agent's screen, then reload the lead form (and any panels asked
/// for) on that screen. A field counts when its parameter is sent — not, as in VICIdial, when its name occurs anywhere
/// in the request, which blanks fields by accident (emailreload blanking email). Contract §3.15.
/// </summary>
internal sealed class UpdateFieldsFunction(LeadDirectory leads, AgentApiUsers users) : IVicidialFunction
{
    public string Name => "update_fields";

    public async Task RunAsync(VicidialCall call)
    {
        var p = call.Parameters;
        var agentUser = call.AgentUser;
        if (agentUser.Length == 0)
        {
            call.Reply.Error("agent_user not valid", agentUser, data: agentUser);
            return;
        }

        if (!call.HasPermission() || !call.IsAgentLoggedIn() || call.Sessions.Find(agentUser) is not { } session)
        {
            return;
        }

        if ((await users.RightsAsync(p.User))?.ModifyLeads != true)
        {
            call.Reply.Error("user is not allowed to modify lead information", $"{agentUser}|{p.User}");
            return;
        }

        if (session.LeadOnScreenId() is not { } leadId)
        {
            call.Reply.Error("agent_user does not have a lead on their screen", agentUser);
            return;
        }

        List<KeyValuePair<string, string>> fields = [.. VicidialLeadFields.UpdateFields.Where(p.Has).Select(f => KeyValuePair.Create(f, p[f]))];
        var triggers = PanelTriggers.Detect(p, includeCallbacks: false);
        if (fields.Count == 0 && triggers.Count == 0)
        {
            call.Reply.Error("no fields have been defined", agentUser);
            return;
        }

        var update = await leads.UpdateFieldsAsync(leadId, fields);
        if (!update.Found || update.Problem is not null)
        {
            Refused(call, leadId, update.Problem);
            return;
        }

        var refresh = await call.Sessions.SendAsync(agentUser, new RefreshPanels([.. triggers.Select(t => t.Panel).Prepend("form").Distinct()]));
        var fieldList = string.Join(',', fields.Select(f => f.Key).Concat(triggers.Select(t => t.Trigger)));
        var assignments = string.Join(',', fields.Where(f => VicidialLeadFields.IsStored(f.Key)).Select(f => $"{f.Key}=\"{f.Value}\""));
        var detail = $"{p.User}|{agentUser}|{leadId}|{(update.Changed ? 1 : 0)}|{(refresh.IsAccepted ? 1 : 0)}|{fieldList}|{assignments}|";
        call.Reply.Success("update_fields lead updated", detail, data: detail);
    }

    /// <summary>Nothing is saved when one value cannot be stored; the line names the field and why.</summary>
    private static void Refused(VicidialCall call, long leadId, LeadFieldProblem? problem)
    {
        if (problem is null)
        {
            call.Reply.Error("agent_user does not have a lead on their screen", call.AgentUser);
            return;
        }

        var details = $"{call.AgentUser}|{leadId}|{problem.Field}|{problem.Message}";
        call.Reply.Error("update_fields field value is not valid", details, end: true, data: details);
    }
}
