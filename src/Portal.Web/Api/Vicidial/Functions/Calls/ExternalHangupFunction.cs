namespace Portal.Web.Api.Vicidial.Functions.Calls;

using Portal.Domain.Sessions;
using Portal.Infrastructure.Calls;

/// <summary>external_hangup: hang up the agent's customer call. Contract §3.3.</summary>
internal sealed class ExternalHangupFunction(ICallDesk desk) : IVicidialFunction
{
    public string Name => "external_hangup";

    public async Task RunAsync(VicidialCall call)
    {
        if (call.Value.Length == 0 || call.NamesNoAgent())
        {
            call.Reply.Error("external_hangup not valid", $"{call.Value}|{call.AgentUser}");
            return;
        }

        if (!await call.PassesCommonChecksAsync())
        {
            return;
        }

        // As on VICIdial's screen, only 1 hangs up, and only a call that is up (talking or still ringing); any other
        // value, or no call, is accepted and changes nothing.
        if (call.Value == "1" && call.Sessions.Find(call.AgentUser) is { State: AgentState.InCall })
        {
            await desk.HangUpAsync(call.AgentUser, CallEndReason.ApiHangup);
        }

        call.Reply.Success("external_hangup function set", $"{call.Value}|{call.AgentUser}");
    }
}
