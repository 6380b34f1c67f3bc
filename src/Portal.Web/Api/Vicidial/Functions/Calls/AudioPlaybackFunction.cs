namespace Portal.Web.Api.Vicidial.Functions.Calls;

using Portal.Infrastructure.AgentApi.Calls;

/// <summary>
/// audio_playback: PLAY an audio file in the agent's session (to the customer when on a call), or STOP, PAUSE, RESUME
/// or RESTART it. Contract §3.10. Where VICIdial prints conf_exten and server_ip, Portal prints the agent's phone
/// login and this machine's host name.
/// </summary>
internal sealed class AudioPlaybackFunction(AgentAudioPlayback playback) : IVicidialFunction
{
    public string Name => "audio_playback";

    public async Task RunAsync(VicidialCall call)
    {
        var stage = call.Parameters["stage"];
        if ((call.Value.Length == 0 && stage == "PLAY") || stage.Length < 4 || call.NamesNoAgent())
        {
            call.Reply.Error("audio_playback not valid", $"{call.Value}|{stage}|{call.AgentUser}", data: stage);
            return;
        }

        if (!call.HasPermission())
        {
            return;
        }

        await call.ResolveAltUserAsync(stage);
        if (!call.IsAgentLoggedIn(stage) || call.Sessions.Find(call.AgentUser) is not { } session)
        {
            return;
        }

        var where = $"{session.PhoneLogin}|{AgentServer.Address}";
        var playing = playback.Current(call.AgentUser) is not null;
        if (stage == "PLAY")
        {
            var dialOverride = call.Parameters["dial_override"];
            if (playing && dialOverride != "Y")
            {
                var details = $"{where}|{stage}|{dialOverride}";
                call.Reply.Error("audio_playback error - audio already playing in agent session", $"{details}|{call.AgentUser}", end: true, data: details);
                return;
            }

            if (playing)
            {
                playback.Stop(call.AgentUser);
                call.Reply.Notice("audio_playback previous playback stopped", $"{stage}|{dialOverride}|{call.AgentUser}", data: $"{call.Epoch}");
            }

            await playback.PlayAsync(session, call.Value);
        }
        else if (!playing)
        {
            call.Reply.Error(
                "audio_playback error - no audio playing in agent session", $"{where}|{stage}|{call.AgentUser}", end: true, data: $"{where}|{stage}");
            return;
        }
        else
        {
            await ControlAsync(call.AgentUser, stage);
        }

        call.Reply.Success("audio_playback function sent", $"{call.Value}|{stage}|{call.AgentUser}", data: $"{call.Epoch}");
    }

    /// <summary>As in VICIdial, an unknown stage of four or more characters is answered SUCCESS and changes nothing.</summary>
    private async Task ControlAsync(string agentUser, string stage)
    {
        switch (stage)
        {
            case "STOP":
                playback.Stop(agentUser);
                break;
            case "PAUSE":
                playback.Pause(agentUser);
                break;
            case "RESUME":
                playback.Resume(agentUser);
                break;
            case "RESTART":
                await playback.RestartAsync(agentUser);
                break;
        }
    }
}
