namespace Portal.Web.Api.Vicidial.Functions.Leads;

using System.Globalization;
using Portal.Domain.Leads;
using Portal.Domain.Sessions;
using Portal.Infrastructure.AgentApi.Leads;
using Portal.Infrastructure.Leads;

/// <summary>
/// switch_lead: show another lead for the agent's live inbound call — by lead_id, or the newest lead with a
/// vendor_lead_code (which wins when both are given). Contract §3.24.
/// </summary>
internal sealed class SwitchLeadFunction(LeadDirectory leads, AgentApiCampaigns campaigns) : IVicidialFunction
{
    public string Name => "switch_lead";

    public async Task RunAsync(VicidialCall call)
    {
        var p = call.Parameters;
        var (leadIdText, vendorLeadCode) = (p["lead_id"], p["vendor_lead_code"]);
        var leadId = long.TryParse(leadIdText, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : 0;
        if ((leadId < 1 && vendorLeadCode.Length == 0) || (call.AgentUser.Length == 0 && p.AltUser.Length < 2))
        {
            call.Reply.Error("switch_lead not valid", $"{leadIdText}|{vendorLeadCode}|{call.AgentUser}");
            return;
        }

        if (!call.Auth.Permissions.Allows(call.Function))
        {
            call.Reply.Error(
                "auth USER DOES NOT HAVE PERMISSION TO USE THIS FUNCTION", $"{leadIdText}|{p.User}|{call.Function}|{call.Auth.UserGroup}", end: true);
            return;
        }

        await call.ResolveAltUserAsync();
        if (!call.IsAgentLoggedIn() || await InboundCallAsync(call) is not { } live)
        {
            return;
        }

        var target = vendorLeadCode.Length > 0 ? await leads.NewestWithVendorLeadCodeAsync(vendorLeadCode) : await leads.GetAsync(leadId);
        if (target is null)
        {
            call.Reply.Error("switch-to lead not found", $"{call.AgentUser}|{leadIdText}|{vendorLeadCode}");
            return;
        }

        await SwitchAsync(call, live, target);
    }

    /// <summary>Steps 4–7: a live call with a lead, inbound, in a campaign that lets agents switch its lead.</summary>
    private async Task<(SessionSnapshot Session, ActiveCall Call)?> InboundCallAsync(VicidialCall call)
    {
        var session = call.Sessions.Find(call.AgentUser);
        if (session is not { State: AgentState.InCall, Call: { LeadId: not null } live })
        {
            call.Reply.Error("agent_user does not have a live call", call.AgentUser);
            return null;
        }

        if (live.Direction != CallDirection.Inbound)
        {
            call.Reply.Text($"ERROR: agent call is not inbound - {call.AgentUser}|{live.CallId}", "ERROR", end: false, lineFeed: false, reason: "agent call is not inbound");
            return null;
        }

        var campaign = await campaigns.FindAsync(session.CampaignId);
        if (campaign is null)
        {
            call.Reply.Error("campaign not found", $"{call.AgentUser}|{session.CampaignId}");
            return null;
        }

        if (!campaign.InboundLeadSwitch)
        {
            call.Reply.Error("campaign does not allow inbound lead search", $"{call.AgentUser}|{session.CampaignId}");
            return null;
        }

        return (session, live);
    }

    private static async Task SwitchAsync(VicidialCall call, (SessionSnapshot Session, ActiveCall Call) live, Lead target)
    {
        var switched = await call.Sessions.SendAsync(call.AgentUser, new SwitchLead(target.LeadId));
        if (!switched.IsAccepted)
        {
            call.Reply.Error("agent_user does not have a live call", call.AgentUser);
            return;
        }

        var data = $"{target.LeadId}|{target.Details.VendorLeadCode}|{live.Session.CampaignId}|{live.Call.LeadId}";
        call.Reply.Success("switch_lead function set", $"{call.AgentUser}|{data}|", data: data);
    }
}
