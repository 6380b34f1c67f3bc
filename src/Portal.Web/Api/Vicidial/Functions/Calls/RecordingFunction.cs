namespace Portal.Web.Api.Vicidial.Functions.Calls;

using Portal.Domain.Campaigns;
using Portal.Domain.Sessions;
using Portal.Infrastructure.AgentApi.Calls;
using Portal.Infrastructure.Calls;

/// <summary>
/// recording: START or STOP the call's recording, or report its STATUS. Contract §3.7. Where VICIdial prints the agent's
/// server_ip and conf_exten, Portal prints this machine's host name and the agent's phone login.
/// </summary>
internal sealed class RecordingFunction(ICallControls controls, TimeProvider time) : IVicidialFunction
{
    /// <summary>The stage appended to a START value is cut to this length.</summary>
    public const int MaxStageLength = 14;

    public string Name => "recording";

    public async Task RunAsync(VicidialCall call)
    {
        var value = call.Value;
        if ((!Has(value, "START") && !Has(value, "STOP") && !Has(value, "STATUS")) || call.NamesNoAgent())
        {
            call.Reply.Error("recording not valid", $"{value}|{call.AgentUser}");
            return;
        }

        if (!await call.PassesCommonChecksAsync() || call.Sessions.Find(call.AgentUser) is not { } session)
        {
            return;
        }

        var recording = await ActiveRecordingAsync(session);
        var agentSide = $"{AgentServer.Address}|{session.PhoneLogin}|{session.State.ToVicidialName()}";
        if (value == "STATUS")
        {
            if (recording is null)
            {
                call.Reply.Notice("not recording", $"{call.AgentUser}|||||{agentSide}");
                return;
            }

            var file = Path.GetFileNameWithoutExtension(recording.FileName);
            var started = TimeZoneInfo.ConvertTime(recording.StartedAt, time.LocalTimeZone).ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);
            call.Reply.Notice("recording active", $"{call.AgentUser}|{recording.RecordingId}|{file}|{AgentServer.Address}|{started}|{agentSide}");
            return;
        }

        if (Has(value, "STOP") && recording is null)
        {
            StopError(call, "", agentSide);
            return;
        }

        var stage = call.Parameters["stage"];
        if (Has(value, "START") && stage.Length > 0)
        {
            value += stage.Length > MaxStageLength ? stage[..MaxStageLength] : stage;
            call.Value = value;
        }

        if (!await ActAsync(call, session, value, recording, agentSide))
        {
            return;
        }

        call.Reply.Success("recording function sent", $"{call.AgentUser}|{value}||||{agentSide}");
    }

    /// <summary>As on VICIdial's screen: a value with START starts recording, exactly STOP stops it, anything else is ignored.</summary>
    private async Task<bool> ActAsync(VicidialCall call, SessionSnapshot session, string value, RecordingEntry? recording, string agentSide)
    {
        var start = Has(value, "START");
        if (!start && value != "STOP")
        {
            return true;
        }

        if (session.LiveCall() is null)
        {
            call.NoLiveCall();
            return false;
        }

        var mode = await controls.RecordingModeAsync(call.AgentUser);
        if (start && mode == RecordingMode.Never)
        {
            // The campaign never records; VICIdial's API would start one anyway.
            call.Reply.Error("recording not valid", $"{value}|{call.AgentUser}");
            return false;
        }

        if (!start && mode == RecordingMode.AllForce)
        {
            StopError(call, recording?.RecordingId ?? "", agentSide);
            return false;
        }

        var done = await controls.RecordAsync(call.AgentUser, start);
        if (!done.Succeeded)
        {
            call.NoLiveCall();
        }

        return done.Succeeded;
    }

    private async Task<RecordingEntry?> ActiveRecordingAsync(SessionSnapshot session) =>
        session.Call is { } active && active.Has(CallFlags.Recording) && await controls.CurrentRecordingAsync(active.CallId) is { EndedAt: null } entry
            ? entry
            : null;

    private static void StopError(VicidialCall call, string recordingId, string agentSide) =>
        call.Reply.Error("stop recording error", $"{call.AgentUser}|{recordingId}||||{agentSide}", end: true);

    private static bool Has(string value, string word) => value.Contains(word, StringComparison.Ordinal);
}
