namespace Portal.Web.Api.Vicidial.Functions.Calls;

using Portal.Infrastructure.AgentApi.Calls;
using Portal.Infrastructure.Calls;

/// <summary>
/// ra_call_control: hang up or transfer a call found by its call id (VICIdial's callerid), and give it a status
/// (RAXFER unless told). Contract §3.20. agent_user must be logged in; the call may be with any agent, or waiting.
/// </summary>
internal sealed class RaCallControlFunction(IRemoteCallControl remote, TransferTargets targets) : IVicidialFunction
{
    public string Name => "ra_call_control";

    public async Task RunAsync(VicidialCall call)
    {
        var p = call.Parameters;
        var (callId, stage) = (call.Value, p["stage"]);
        if (callId.Length == 0 || call.AgentUser.Length == 0 || stage.Length == 0)
        {
            call.Reply.Error("ra_call_control not valid", $"{callId}|{call.AgentUser}|{stage}");
            return;
        }

        if (!call.HasPermission() || !call.IsAgentLoggedIn())
        {
            return;
        }

        if (await remote.FindAsync(callId) is not { } tracked)
        {
            NoActiveCall(call);
            return;
        }

        var status = p["status"] is { Length: > 0 } given ? given : RemoteCallControl.DefaultStatus;
        var phone = p["phone_number"];
        switch (stage)
        {
            case "HANGUP":
                Report(call, await remote.HangUpAsync(tracked, status), "ra_call_control hungup", "HANGUP");
                break;
            case "EXTENSIONTRANSFER" when phone.Length < 2 || PhoneNumbers.ValidateNumber(phone) is not null:
                call.Reply.Error("phone_number is not valid", phone);
                break;
            case "EXTENSIONTRANSFER":
                Report(call, await remote.TransferToNumberAsync(tracked, phone, status), "ra_call_control transfer", phone);
                break;
            case "INGROUPTRANSFER":
                await TransferToInGroupAsync(call, tracked, status, phone);
                break;
            default:
                call.Reply.Error("stage is not valid", stage);
                break;
        }
    }

    private async Task TransferToInGroupAsync(VicidialCall call, TrackedCall tracked, string status, string phone)
    {
        var choices = call.Parameters["ingroup_choices"];
        if (choices.Length < 2)
        {
            call.Reply.Error("ingroup is not valid", choices);
            return;
        }

        var inbound = tracked.Kind == TrackedCallKind.Inbound ? tracked.InGroupId : null;
        var inGroup = await targets.ResolveAsync(choices, inbound, tracked.CampaignId);
        if (!await targets.IsActiveInGroupAsync(inGroup))
        {
            call.Reply.Error("ingroup is not valid", inGroup);
            return;
        }

        // As in VICIdial, the line ends with the phone_number parameter (normally empty), not the in-group.
        Report(call, await remote.TransferToInGroupAsync(tracked, inGroup, status), "ra_call_control transfer", phone);
    }

    private static void Report(VicidialCall call, DeskResult done, string reason, string last)
    {
        if (!done.Succeeded)
        {
            // The call left its agent or its queue while the request ran.
            NoActiveCall(call);
            return;
        }

        call.Reply.Success(reason, $"{call.AgentUser}|{call.Value}|{last}");
    }

    private static void NoActiveCall(VicidialCall call) => call.Reply.Error("no active call found", call.Value);
}
