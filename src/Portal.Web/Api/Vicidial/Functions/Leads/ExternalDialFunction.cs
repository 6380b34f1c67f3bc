namespace Portal.Web.Api.Vicidial.Functions.Leads;

using Microsoft.Extensions.Options;
using Portal.Domain.Sessions;
using Portal.Infrastructure;
using Portal.Infrastructure.AgentApi.Leads;
using Portal.Infrastructure.Calls;
using Portal.Infrastructure.Leads;

/// <summary>
/// external_dial: dial a number or a lead on the agent's screen now, or show it in preview, or dial/preview the next
/// lead (MANUALNEXT). Contract §3.11; Portal's campaigns behave as api_manual_dial STANDARD.
/// </summary>
internal sealed class ExternalDialFunction(
    ICallDesk desk, AgentApiUsers users, AgentApiCampaigns campaigns, LeadDirectory leads, IOptions<PortalOptions> options)
    : IVicidialFunction
{
    private readonly ExternalDialLead _lead = new(leads);
    private readonly ExternalDialPlacement _placement = new(desk);

    public string Name => "external_dial";

    public async Task RunAsync(VicidialCall call)
    {
        var dial = ExternalDialRequest.Read(call.Parameters);
        call.Value = dial.Value;
        if (!IsValid(call, dial))
        {
            var data = $"{dial.PhoneCode}|{dial.Search}|{dial.Preview}|{dial.Focus}|{dial.LeadId}";
            call.Reply.Error("external_dial not valid", $"{dial.Value}|{data}|{call.AgentUser}|{call.Parameters.AltUser}", data: data);
            return;
        }

        if (!await call.PassesCommonChecksAsync() || !await PassesDialChecksAsync(call, dial))
        {
            return;
        }

        dial.StripVtigerPrefix();
        if (dial.LeadId.Length > 0 && !await _lead.FillAsync(call, dial))
        {
            return;
        }

        call.Value = dial.Value;
        if (await _placement.PlaceAsync(call, dial))
        {
            var fields = dial.SuccessFields(call.Epoch);
            call.Reply.Success("external_dial function set", $"{dial.Value}|{call.AgentUser}|{fields}", data: fields);
        }
    }

    private static bool IsValid(VicidialCall call, ExternalDialRequest dial) =>
        (dial.Value.Length >= 2 || dial.LeadId.Length > 0)
        && (call.AgentUser.Length >= 2 || call.Parameters.AltUser.Length >= 2)
        && dial.Search.Length >= 2 && dial.Preview.Length >= 2 && dial.Focus.Length >= 2;

    /// <summary>Steps 3–8: paused with no lead (or a known dial_ingroup), manual dial allowed, group_alias, outbound_cid.</summary>
    private async Task<bool> PassesDialChecksAsync(VicidialCall call, ExternalDialRequest dial)
    {
        var session = call.Sessions.Find(call.AgentUser);
        var ready = session is { State: AgentState.Paused } && session.LeadOnScreenId() is null;
        if (dial.DialInGroup.Length > 0 && (await campaigns.ExistingInGroupsAsync([dial.DialInGroup])).Count == 0)
        {
            var notice = $"NOTICE: defined dial_ingroup not found - {dial.DialInGroup}";
            call.Reply.Text(notice, "NOTICE", end: false, reason: "defined dial_ingroup not found");
            dial.DialInGroup = "";
        }

        if (!ready && dial.DialInGroup.Length == 0)
        {
            call.Reply.Error("agent_user is not paused", call.AgentUser);
            return false;
        }

        if ((await users.RightsAsync(call.AgentUser))?.AgentCallManual != true)
        {
            call.Reply.Error("agent_user is not allowed to place manual dial calls", call.AgentUser);
            return false;
        }

        if (dial.GroupAlias.Length >= 2)
        {
            // Portal has no group aliases (caller ids chosen per dial); every alias is unknown.
            var details = $"{call.AgentUser}|{dial.GroupAlias}";
            call.Reply.Error("group_alias is not valid", details, end: true, data: details);
            return false;
        }

        return AllowsOutboundCid(call, dial);
    }

    private bool AllowsOutboundCid(VicidialCall call, ExternalDialRequest dial)
    {
        if (dial.OutboundCid.Length < 2)
        {
            return true;
        }

        var any = options.Value.AgentApi.OutboundCidAny;
        if (any != AgentApiOptions.OutboundCidApiOnly)
        {
            var details = $"{call.AgentUser}|{dial.OutboundCid}|{any}";
            call.Reply.Error("outbound_cid is not allowed on this system", details, end: true, data: details);
            return false;
        }

        dial.CallerIdNumber = dial.OutboundCid;
        dial.GroupAlias = "-FORCE-";
        return true;
    }
}
