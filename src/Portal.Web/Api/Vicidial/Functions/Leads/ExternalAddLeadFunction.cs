namespace Portal.Web.Api.Vicidial.Functions.Leads;

using Portal.Domain.Leads;
using Portal.Infrastructure.AgentApi.Leads;
using Portal.Infrastructure.Leads;

/// <summary>
/// external_add_lead: a new lead (status NEW) in the manual-dial list of the agent's campaign, after the DNC checks
/// asked for. No dialling and no change on the agent's screen. Contract §3.13.
/// </summary>
internal sealed class ExternalAddLeadFunction(LeadDirectory leads, ApiDncLists dnc) : IVicidialFunction
{
    public string Name => "external_add_lead";

    public async Task RunAsync(VicidialCall call)
    {
        var p = call.Parameters;
        var phoneNumber = p["phone_number"];
        if (call.Value.Length == 0 && phoneNumber.Length >= 2)
        {
            call.Value = phoneNumber;
        }

        var value = call.Value;
        var phoneCode = p["phone_code"];
        if ((call.AgentUser.Length < 2 && p.AltUser.Length < 2) || phoneCode.Length == 0 || value.Length < 2)
        {
            call.Reply.Error("external_add_lead not valid", $"{value}|{phoneCode}|{call.AgentUser}|{p.AltUser}", end: true);
            return;
        }

        if (!await call.PassesCommonChecksAsync() || call.Sessions.Find(call.AgentUser) is not { } session)
        {
            return;
        }

        var campaignId = session.CampaignId;
        if (await leads.ManualDialListAsync(campaignId) is not { } listId)
        {
            // VICIdial prints the campaign field empty here.
            call.Reply.Error("campaign manual dial list undefined", $"{value}||{call.AgentUser}");
            return;
        }

        if (await InDncAsync(call, campaignId))
        {
            return;
        }

        var edit = VicidialLeadFields.Apply(new LeadDetails(), Fields(p, phoneCode, value));
        if (edit.Problem is { } problem)
        {
            call.Reply.Error(
                "lead insertion failed", $"{value}|{campaignId}|{listId}|{call.AgentUser}", data: $"{value}|{listId}|{problem.Field}: {problem.Message}");
            return;
        }

        var leadId = await leads.AddAsync(listId, edit.Details, p.User);
        call.Reply.Success("lead added", $"{value}|{campaignId}|{listId}|{leadId}|{call.AgentUser}", data: $"{value}|{listId}|{leadId}");
    }

    /// <summary>The lead fields sent (absent ones stay empty); vendor_id overrides vendor_lead_code.</summary>
    private static IEnumerable<KeyValuePair<string, string>> Fields(VicidialParameters p, string phoneCode, string phoneNumber)
    {
        yield return KeyValuePair.Create("phone_code", phoneCode);
        yield return KeyValuePair.Create("phone_number", phoneNumber);
        foreach (var field in VicidialLeadFields.AddLeadFields)
        {
            var value = field == "vendor_lead_code" && p["vendor_id"].Length > 0 ? p["vendor_id"] : p[field];
            yield return KeyValuePair.Create(field, value);
        }
    }

    /// <summary>The system and campaign DNC checks asked for; both lines are printed when both lists have the number.</summary>
    private async Task<bool> InDncAsync(VicidialCall call, string campaignId)
    {
        var p = call.Parameters;
        var value = call.Value;
        var inSystem = p["dnc_check"] is "YES" or "Y" && await dnc.InSystemListAsync(value);
        var inCampaign = p["campaign_dnc_check"] is "YES" or "Y" && await dnc.InCampaignListAsync(value, campaignId);
        if (inSystem)
        {
            call.Reply.Error("add_lead PHONE NUMBER IN DNC", $"{value}|{call.AgentUser}", data: value);
        }

        if (inCampaign)
        {
            call.Reply.Error("add_lead PHONE NUMBER IN CAMPAIGN DNC", $"{value}|{campaignId}|{call.AgentUser}", data: $"{value}|{campaignId}");
        }

        return inSystem || inCampaign;
    }
}
