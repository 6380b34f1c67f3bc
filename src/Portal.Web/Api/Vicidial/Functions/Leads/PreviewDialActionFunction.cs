namespace Portal.Web.Api.Vicidial.Functions.Leads;

using Portal.Domain.Campaigns;
using Portal.Domain.Sessions;
using Portal.Infrastructure.AgentApi.Leads;
using Portal.Infrastructure.Calls;

/// <summary>preview_dial_action: SKIP, DIALONLY, ALTDIAL, ADR3DIAL or FINISH on the lead in preview. Contract §3.12.</summary>
internal sealed class PreviewDialActionFunction(ICallDesk desk, AgentApiUsers users, AgentApiCampaigns campaigns) : IVicidialFunction
{
    private static readonly HashSet<string> Actions = ["SKIP", "DIALONLY", "ALTDIAL", "ADR3DIAL", "FINISH"];

    public string Name => "preview_dial_action";

    public async Task RunAsync(VicidialCall call)
    {
        var value = call.Value = string.Concat(call.Value.Where(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c)));
        if (value.Length < 4 || (call.AgentUser.Length < 2 && call.Parameters.AltUser.Length < 2) || !Actions.Contains(value))
        {
            call.Reply.Error("preview_dial_action not valid", $"{value}||{call.AgentUser}|{call.Parameters.AltUser}");
            return;
        }

        if (!await call.PassesCommonChecksAsync() || call.Sessions.Find(call.AgentUser) is not { } session
            || !await CampaignAllowsAsync(call, session.CampaignId, value) || !await AgentMayDialAsync(call))
        {
            return;
        }

        var result = await ApplyAsync(call.AgentUser, value, session.PreviewLeadId);
        if (!result.Succeeded)
        {
            call.Failed(value, result.Error!);
            return;
        }

        call.Reply.Success("preview_dial_action function set", $"{value}|{call.AgentUser}|{value}", data: value);
    }

    private async Task<bool> CampaignAllowsAsync(VicidialCall call, string campaignId, string value)
    {
        var campaign = await campaigns.FindAsync(campaignId);
        var (reason, setting) = campaign switch
        {
            null => ("", ""),
            { PreviewDial: PreviewDialMode.Disabled } => ("preview dialing not allowed on this campaign", campaign.ManualPreviewDial()),
            { PreviewDial: PreviewDialMode.PreviewOnly } when value == "SKIP" => ("preview dial skipping not allowed on this campaign", campaign.ManualPreviewDial()),
            { AltPhoneDialAllowed: false } when value is "ALTDIAL" or "ADR3DIAL" or "FINISH" => ("alt number dialing not allowed on this campaign", campaign.AltNumberDialing()),
            _ => ("", ""),
        };
        if (reason.Length == 0)
        {
            return true;
        }

        call.Reply.Error(reason, $"{call.AgentUser}|{campaignId}|{setting}", end: true, data: $"{campaignId}|{setting}");
        return false;
    }

    private async Task<bool> AgentMayDialAsync(VicidialCall call)
    {
        if (call.Sessions.Find(call.AgentUser)?.State != AgentState.Paused)
        {
            call.Reply.Error("agent_user is not paused", call.AgentUser);
            return false;
        }

        if ((await users.RightsAsync(call.AgentUser))?.AgentCallManual != true)
        {
            call.Reply.Error("agent_user is not allowed to place manual dial calls", call.AgentUser);
            return false;
        }

        return true;
    }

    /// <summary>Every action but FINISH needs a lead in preview; VICIdial's screen ignores them without one, Portal says so.</summary>
    private async Task<DeskResult> ApplyAsync(string agentUser, string value, long? previewLeadId)
    {
        if (value != "FINISH" && previewLeadId is null)
        {
            return DeskResult.Fail("No lead is in preview.");
        }

        return value switch
        {
            "SKIP" => await SkipAsync(agentUser),
            "DIALONLY" => await desk.DialPreviewAsync(agentUser, PreviewDialTarget.Main),
            "ALTDIAL" => await desk.DialPreviewAsync(agentUser, PreviewDialTarget.AltPhone),
            "ADR3DIAL" => await desk.DialPreviewAsync(agentUser, PreviewDialTarget.Address3),
            _ => await desk.FinishPreviewAsync(agentUser),
        };
    }

    /// <summary>The skip itself always applies; running out of leads to show next only closes the preview.</summary>
    private async Task<DeskResult> SkipAsync(string agentUser)
    {
        await desk.SkipPreviewAsync(agentUser);
        return DeskResult.Ok;
    }
}
