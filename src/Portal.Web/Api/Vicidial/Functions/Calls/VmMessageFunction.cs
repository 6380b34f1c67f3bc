namespace Portal.Web.Api.Vicidial.Functions.Calls;

using System.Globalization;
using Portal.Infrastructure.AgentApi.Calls;

/// <summary>
/// vm_message: the message(s) the VM button plays for the lead of the agent's live call. Contract §3.25. Portal's VM
/// button always plays the lead's latest message when there is one (VICIdial needs the campaign's AM message LTTagent).
/// </summary>
internal sealed class VmMessageFunction(LeadVoicemailMessages messages) : IVicidialFunction
{
    public string Name => "vm_message";

    public async Task RunAsync(VicidialCall call)
    {
        var leadIdParameter = call.Parameters["lead_id"];
        if (call.NamesNoAgent() || call.Value.Length == 0)
        {
            call.Reply.Error("vm_message not valid", $"{leadIdParameter}|{call.Value}|{call.AgentUser}");
            return;
        }

        if (!call.HasPermission(firstField: leadIdParameter))
        {
            return;
        }

        await call.ResolveAltUserAsync();
        if (!call.IsAgentLoggedIn())
        {
            return;
        }

        if (call.Sessions.Find(call.AgentUser).LiveCall() is not { LeadId: > 0 and var currentLeadId })
        {
            call.NoLiveCall();
            return;
        }

        var current = currentLeadId.ToString(CultureInfo.InvariantCulture);
        var leadId = leadIdParameter.Length > 0 ? leadIdParameter : current;
        if (!long.TryParse(leadId, NumberStyles.None, CultureInfo.InvariantCulture, out var submitted) || submitted != currentLeadId)
        {
            call.Reply.Error("current call does not match lead_id submitted", call.AgentUser, data: $"{leadId}|{current}");
            return;
        }

        await messages.AddAsync(submitted, call.Parameters.User, call.Value);
        call.Reply.Success("vm_message function set", $"{call.AgentUser}|{leadId}|{call.Value}|", data: $"{leadId}|{call.Value}");
    }
}
