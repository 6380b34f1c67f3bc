namespace Portal.Web.Api.Vicidial.Functions.Calls;

using Portal.Infrastructure.AgentApi.Calls;
using Portal.Infrastructure.Calls;

/// <summary>
/// transfer_conference: the Transfer – Conf panel's commands. Contract §3.23. A consultative in-group transfer
/// (DIAL_WITH_CUSTOMER or PARK_CUSTOMER_DIAL with consultative=YES) is a local closer transfer in Portal: its
/// conference line dials numbers, not in-groups.
/// </summary>
/// <remarks>
/// While a dialled call still rings (the lead already on the screen), the command is checked now and carried out when
/// the customer answers, as VICIdial's screen does; HANGUP_BOTH hangs the ringing call up at once.
/// </remarks>
internal sealed class TransferConferenceFunction(ICallControls controls, TransferTargets targets, CommandsOnAnswer onAnswer, ICallDesk desk) : IVicidialFunction
{
    public string Name => "transfer_conference";

    public async Task RunAsync(VicidialCall call)
    {
        var value = call.Value;
        if (value.Length < 8 || call.NamesNoAgent())
        {
            call.Reply.Error("transfer_conference not valid", $"{value}|{call.AgentUser}");
            return;
        }

        if (!await call.PassesCommonChecksAsync())
        {
            return;
        }

        var session = call.Sessions.Find(call.AgentUser);
        if ((session.LiveCall() ?? session.RingingCall()) is not { LeadId: > 0 } live)
        {
            call.NoLiveCall();
            return;
        }

        var p = call.Parameters;
        var consultative = p["consultative"];
        var inGroupChoices = p["ingroup_choices"];
        string? inGroup = null;
        if (value == "LOCAL_CLOSER" || (value is "DIAL_WITH_CUSTOMER" or "PARK_CUSTOMER_DIAL" && consultative == "YES"))
        {
            if (inGroupChoices.Length < 2)
            {
                call.Reply.Error("ingroup is not valid", inGroupChoices);
                return;
            }

            inGroupChoices = await targets.ResolveAsync(inGroupChoices, live.InGroupId, session!.CampaignId);
            if (inGroupChoices != TransferTargets.AgentDirect && !await targets.IsActiveInGroupAsync(inGroupChoices))
            {
                call.Reply.Error("ingroup is not valid", inGroupChoices);
                return;
            }

            if (!TransferCallerIdChecks.Pass(call))
            {
                return;
            }

            inGroup = inGroupChoices;
        }
        else if (value is "BLIND_TRANSFER" or "LEAVE_VM" or "DIAL_WITH_CUSTOMER" or "PARK_CUSTOMER_DIAL")
        {
            if (!TransferCallerIdChecks.Pass(call))
            {
                return;
            }
        }
        else if (value is not ("HANGUP_XFER" or "HANGUP_BOTH" or "LEAVE_3WAY_CALL"))
        {
            call.Reply.Error("value is not valid", $"{value}|{p.User}");
            return;
        }

        var multiDial = MultiDialPhones.Suffix(p["multi_dial_phones"]);
        var twCheck = p["tw_check"];
        if (twCheck.Contains("YES", StringComparison.OrdinalIgnoreCase) && live.ConferenceNumber is not null)
        {
            TransferConferenceAction.ThreeWayUp(call, twCheck);
            return;
        }

        var plan = new TransferPlan(value, inGroup, p["phone_number"]);
        if (!await TransferConferenceAction.RunAsync(call, new TransferConferenceAction.Performer(controls, onAnswer, desk), plan, live, twCheck))
        {
            return;
        }

        var callerId = $"{live.CallId}{multiDial}";
        call.Reply.Success(
            "transfer_conference function set", $"{value}|{inGroupChoices}|{plan.PhoneNumber}|{consultative}|{call.AgentUser}|{callerId}|", data: callerId);
    }
}
