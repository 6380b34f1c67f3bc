namespace Portal.Web.Api.Vicidial.Functions.Leads;

using Portal.Infrastructure.Identity;
using Portal.Infrastructure.Leads;

/// <summary>st_get_agent_active_lead: a CRM agent id (custom_three) → the lead on that agent's screen. Contract §3.19.</summary>
internal sealed class StGetAgentActiveLeadFunction(AltUserDirectory crmIds, LeadDirectory leads) : IVicidialFunction
{
    public string Name => "st_get_agent_active_lead";

    public async Task RunAsync(VicidialCall call)
    {
        var crmAgentId = call.Value;
        if (crmAgentId.Length == 0 || call.Parameters["vendor_id"].Length == 0)
        {
            call.Reply.Error("st_get_agent_active_lead not valid", $"{crmAgentId}|{call.Parameters["vendor_id"]}");
            return;
        }

        if (!call.HasPermission())
        {
            return;
        }

        if (await crmIds.FindAgentAsync(crmAgentId) is not { } found)
        {
            call.Reply.Error("no user found", crmAgentId);
            return;
        }

        if (call.Sessions.Find(found) is not { } session)
        {
            call.Reply.Error("user not logged in", found);
            return;
        }

        if (!call.MayControl(found, session))
        {
            return;
        }

        if (session.LeadOnScreenId() is not { } leadId || await leads.GetAsync(leadId) is not { } lead)
        {
            call.Reply.Error("no active lead found", found);
            return;
        }

        var d = lead.Details;
        call.Reply.Success(
            "st_get_agent_active_lead lead found",
            $"{found}|{d.PhoneNumber}|{lead.LeadId}|{d.VendorLeadCode}|{d.Province}|{d.SecurityPhrase}|{d.SourceId}");
    }
}
