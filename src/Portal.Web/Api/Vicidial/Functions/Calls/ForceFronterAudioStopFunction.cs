namespace Portal.Web.Api.Vicidial.Functions.Calls;

using Portal.Infrastructure.AgentApi.Calls;

/// <summary>
/// force_fronter_audio_stop: stop the audio playing in the session of the other agent on the closer's lead (a live
/// one, else the last to have a call with the lead in the past five minutes). Contract §3.29.
/// </summary>
internal sealed class ForceFronterAudioStopFunction(FronterLocator fronters, AgentAudioPlayback playback) : IVicidialFunction
{
    public string Name => "force_fronter_audio_stop";

    public async Task RunAsync(VicidialCall call)
    {
        var (passed, leadId) = await FronterRequest.CheckAsync(call);
        if (!passed)
        {
            return;
        }

        var fronter = fronters.LiveFronter(call.AgentUser, leadId)?.AgentUser ?? await fronters.RecentFronterAsync(call.AgentUser, leadId);
        if (fronter is null)
        {
            FronterRequest.NoFronter(call);
            return;
        }

        var stage = call.Parameters["stage"];
        if (call.Sessions.Find(fronter) is not { } session)
        {
            call.Reply.Error("force_fronter_audio_stop error - no fronter session found", $"{stage}|{call.AgentUser}|{fronter}", data: stage);
            return;
        }

        if (!call.MayControl(fronter, session))
        {
            return;
        }

        var where = $"{session.PhoneLogin}|{AgentServer.Address}|{stage}";
        if (!playback.Stop(fronter))
        {
            call.Reply.Error(
                "force_fronter_audio_stop error - no audio playing in other agent session", $"{where}|{call.AgentUser}|{fronter}", end: true, data: where);
            return;
        }

        call.Reply.Success("force_fronter_audio_stop function sent", $"{call.Value}|{stage}|{call.AgentUser}|{fronter}", data: $"{call.Epoch}");
    }
}
