namespace Portal.Web.Api.Vicidial.Functions.Calls;

using Portal.Domain.Sessions;
using Portal.Infrastructure.AgentApi.Calls;
using Portal.Infrastructure.Calls;

/// <summary>
/// park_call: park the customer or grab them back. Contract §3.22. Portal parks with music and has no park IVR, so the
/// IVR values park and grab the same way; it cannot park the transfer line, so PARK_XFER and GRAB_XFER are refused.
/// While a dialled call still rings, the command is taken and carried out when the customer answers (as VICIdial's screen).
/// </summary>
internal sealed class ParkCallFunction(ICallControls controls, CommandsOnAnswer onAnswer) : IVicidialFunction
{
    private static readonly string[] Accepted = ["PARK_CUSTOMER", "GRAB_CUSTOMER", "PARK_IVR_CUSTOMER", "GRAB_IVR_CUSTOMER", "PARK_XFER", "GRAB_XFER"];

    public string Name => "park_call";

    public async Task RunAsync(VicidialCall call)
    {
        var value = call.Value;
        if (!Accepted.Any(a => value.Contains(a, StringComparison.Ordinal)) || call.NamesNoAgent())
        {
            NotValid(call);
            return;
        }

        if (!await call.PassesCommonChecksAsync())
        {
            return;
        }

        var session = call.Sessions.Find(call.AgentUser);
        if (session?.LeadOnScreen() is not > 0)
        {
            call.Reply.Error("agent_user does not have a lead on their screen", call.AgentUser);
            return;
        }

        if (value is "PARK_XFER" or "GRAB_XFER")
        {
            NotValid(call);
            return;
        }

        if (session.Call is { } ringing && ringing.Has(CallFlags.Ringing))
        {
            var agentUser = call.AgentUser;
            onAnswer.Keep(agentUser, ringing.CallId, $"park_call {value}", () => ActAsync(agentUser, value));
        }
        else if (!(await ActAsync(call.AgentUser, value)).Succeeded)
        {
            call.NoLiveCall();
            return;
        }

        call.Reply.Success("park_call function set", $"{value}|{call.AgentUser}");
    }

    /// <summary>The exact values VICIdial's screen acts on; others that passed the substring check change nothing.</summary>
    private async Task<DeskResult> ActAsync(string agentUser, string value)
    {
        switch (value)
        {
            case "PARK_CUSTOMER" or "PARK_IVR_CUSTOMER" or "SWAP_PARK_CUSTOMER":
                return await controls.ParkAsync(agentUser, park: true);
            case "GRAB_CUSTOMER" or "GRAB_IVR_CUSTOMER" or "SWAP_PARK_XFER":
                return await controls.ParkAsync(agentUser, park: false);
            case "HANGUP_XFER_GRAB_CUSTOMER":
                // Without a transfer line there is nothing to hang up; the customer is still grabbed.
                await controls.HangUpConferenceLineAsync(agentUser);
                return await controls.ParkAsync(agentUser, park: false);
            default:
                return DeskResult.Ok;
        }
    }

    private static void NotValid(VicidialCall call) => call.Reply.Error("park_call not valid", $"{call.Value}|{call.AgentUser}");
}
