namespace Portal.Web.Api.Vicidial.Functions.Calls;

using Portal.Domain.Sessions;
using Portal.Infrastructure.AgentApi.Calls;
using Portal.Infrastructure.Calls;

/// <summary>
/// Carries out a transfer_conference command with the agent's own transfer controls. What those controls would refuse
/// is checked first, so each refusal gets the contract's closest line instead of VICIdial's silent no-op on the screen.
/// </summary>
internal static class TransferConferenceAction
{
    /// <summary>What carries a command out: the agent's transfer controls, now or (on a ringing call) once answered.</summary>
    public sealed record Performer(ICallControls Controls, CommandsOnAnswer OnAnswer, ICallDesk Desk);

    /// <summary>False when a line was printed instead.</summary>
    public static async Task<bool> RunAsync(VicidialCall call, Performer performer, TransferPlan plan, ActiveCall live, string twCheck)
    {
        var agent = call.AgentUser;
        var problem = Problem(call, plan, live, twCheck);
        if (problem is not null)
        {
            problem();
            return false;
        }

        if (live.Has(CallFlags.Ringing))
        {
            if (plan.Value == "HANGUP_BOTH")
            {
                return (await performer.Desk.HangUpAsync(agent, CallEndReason.ApiHangup)).Succeeded || NoLiveCall(call);
            }

            performer.OnAnswer.Keep(agent, live.CallId, $"transfer_conference {plan.Value}", () => PerformAsync(performer.Controls, agent, plan));
            return true;
        }

        if (!(await PerformAsync(performer.Controls, agent, plan)).Succeeded)
        {
            // Everything else was checked above: the call ended while the request ran.
            return NoLiveCall(call);
        }

        return true;
    }

    private static bool NoLiveCall(VicidialCall call)
    {
        call.NoLiveCall();
        return false;
    }

    private static async Task<DeskResult> PerformAsync(ICallControls controls, string agent, TransferPlan plan)
    {
        var phone = plan.PhoneNumber;
        return plan switch
        {
            { InGroup: TransferTargets.AgentDirect } => await controls.LocalCloserAsync(agent, null, phone),
            { InGroup: { } inGroup } => await controls.LocalCloserAsync(agent, inGroup, null),
            { Value: "BLIND_TRANSFER" } => await controls.BlindTransferAsync(agent, phone),
            { Value: "LEAVE_VM" } => await controls.LeaveVoicemailAsync(agent),
            { Value: "DIAL_WITH_CUSTOMER" } => await controls.DialConferenceAsync(agent, phone, withCustomer: true),
            { Value: "PARK_CUSTOMER_DIAL" } => await controls.ParkAndDialAsync(agent, phone),
            { Value: "HANGUP_XFER" } => await controls.HangUpConferenceLineAsync(agent),
            { Value: "HANGUP_BOTH" } => await controls.HangUpBothLinesAsync(agent),
            _ => await controls.LeaveThreeWayAsync(agent),
        };
    }

    /// <summary><c>ERROR: agent_user has current active 3-way call - {agent_user}|{count}|0|{tw_check}</c> ‡.</summary>
    public static void ThreeWayUp(VicidialCall call, string twCheck) =>
        call.Reply.Error("agent_user has current active 3-way call", $"{call.AgentUser}|1|0|{twCheck}", end: true, data: $"1|0|{twCheck}");

    private static Action? Problem(VicidialCall call, TransferPlan plan, ActiveCall live, string twCheck)
    {
        var phone = plan.PhoneNumber;
        Action phoneNotValid = () => call.Reply.Error("phone_number is not valid", phone);
        Action notValid = () => call.Reply.Error("transfer_conference not valid", $"{plan.Value}|{call.AgentUser}");
        if (plan.InGroup == TransferTargets.AgentDirect)
        {
            return phone.Length == 0 || phone == call.AgentUser || call.Sessions.Find(phone) is null ? phoneNotValid : null;
        }

        if (plan.InGroup is not null)
        {
            return null;
        }

        return plan.Value switch
        {
            "BLIND_TRANSFER" or "DIAL_WITH_CUSTOMER" or "PARK_CUSTOMER_DIAL" when PhoneNumbers.ValidateNumber(phone) is not null => phoneNotValid,
            "DIAL_WITH_CUSTOMER" or "PARK_CUSTOMER_DIAL" when live.ConferenceNumber is not null => () => ThreeWayUp(call, twCheck),
            "HANGUP_XFER" when live.ConferenceNumber is null => notValid,
            "LEAVE_3WAY_CALL" when !live.Has(CallFlags.ThreeWay) => notValid,
            _ => null,
        };
    }
}
