namespace Portal.Web.Api.Vicidial.Functions.Calls;

using Portal.Infrastructure.AgentApi.Calls;

/// <summary>send_dtmf: tones into the agent's call; S is *, P is #, Q is one second of silence. Contract §3.21.</summary>
internal sealed class SendDtmfFunction(DtmfSender sender) : IVicidialFunction
{
    public string Name => "send_dtmf";

    public async Task RunAsync(VicidialCall call)
    {
        if (call.Value.Length == 0 || call.NamesNoAgent())
        {
            call.Reply.Error("send_dtmf not valid", $"{call.Value}|{call.AgentUser}");
            return;
        }

        if (!await call.PassesCommonChecksAsync())
        {
            return;
        }

        // VICIdial's screen sends tones into the agent's conference even without a customer; Portal's go to the call.
        if (!sender.Send(call.AgentUser, call.Value).Succeeded)
        {
            call.NoLiveCall();
            return;
        }

        call.Reply.Success("send_dtmf function set", $"{call.Value}|{call.AgentUser}");
    }
}
