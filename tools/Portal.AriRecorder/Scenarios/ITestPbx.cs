namespace Portal.AriRecorder.Scenarios;

/// <summary>
/// What happens on the PBX without Portal asking: callers ringing in and hanging up, Asterisk restarting; and what the
/// recorder checks on the PBX itself. Only a real Asterisk has one: a replay gets the events from its recording.
/// </summary>
public interface ITestPbx
{
    /// <summary>A caller with this number dials in; the dialplan sends them to the in-group. Returns the call's id in Portal.</summary>
    Task<string> CallInAsync(string inGroup, string callerNumber);

    /// <summary>The far end of a call hangs up: the caller of an inbound call, the customer of a dialled one.</summary>
    Task FarEndHangsUpAsync(string callId);

    Task<IReadOnlyList<string>> BridgeMembersAsync(string bridgeId);

    Task<bool> ChannelExistsAsync(string channelId);

    /// <summary>The names of every channel now (a blind transfer's new leg shows up by its dialled number).</summary>
    Task<IReadOnlyList<string>> ChannelNamesAsync();

    Task<bool> StoredRecordingExistsAsync(string name);

    /// <summary>Kills Asterisk and starts it again (every call and bridge is lost).</summary>
    Task RestartAsync();
}
