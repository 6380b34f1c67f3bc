namespace Portal.Web.Api.Vicidial.Functions.Calls;

using Portal.Infrastructure.Telephony;

/// <summary>
/// call_agent: ring the agent's phone again and join it to their session, as at login. Contract §3.9. As in VICIdial,
/// the answer is that the call was sent, not whether the agent picked up.
/// </summary>
internal sealed class CallAgentFunction(ITelephonyCommands telephony) : IVicidialFunction
{
    public string Name => "call_agent";

    public async Task RunAsync(VicidialCall call)
    {
        if (call.Value != "CALL" || call.NamesNoAgent())
        {
            call.Reply.Error("call_agent not valid", $"{call.Value}|{call.AgentUser}");
            return;
        }

        if (!await call.PassesCommonChecksAsync() || call.Sessions.Find(call.AgentUser) is not { } session)
        {
            return;
        }

        if (string.IsNullOrWhiteSpace(session.PhoneLogin))
        {
            call.Reply.Error("call_agent error - entry is empty", call.AgentUser);
            return;
        }

        await telephony.RingAgentPhoneAsync(call.AgentUser, session.PhoneLogin);
        call.Reply.Success("call_agent function sent", call.AgentUser, data: $"{call.Epoch}");
    }
}
