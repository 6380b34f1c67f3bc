namespace Portal.Infrastructure.AgentApi.Calls;

using System.Collections.Concurrent;
using Portal.Domain.Sessions;
using Portal.Infrastructure.Sessions;
using Portal.Infrastructure.Telephony;

/// <summary>
/// The audio playing in each agent's session (VICIdial's audio_playback and force_fronter_audio_stop). The telephony
/// port can only play a file: PLAY and RESTART play it through <see cref="ITelephonyCommands.PlayAudioAsync"/>; STOP, PAUSE and
/// RESUME change the playback state that the API reports and checks.
/// </summary>
public sealed class AgentAudioPlayback(SessionRuntime sessions, ITelephonyCommands telephony)
{
    private readonly ConcurrentDictionary<string, AudioPlayback> _playing = new(StringComparer.Ordinal);

    /// <summary>What plays in the agent's current session, or null.</summary>
    public AudioPlayback? Current(string agentUser) =>
        sessions.Find(agentUser) is { } session && _playing.TryGetValue(agentUser, out var playback) && playback.SessionStart == session.LoggedInAt
            ? playback
            : null;

    /// <summary>Plays the file to the customer when the agent is on a call, otherwise into the agent's phone.</summary>
    public async Task PlayAsync(SessionSnapshot session, string file)
    {
        var target = session is { State: AgentState.InCall, Call: { } call } ? call.CallId : session.PhoneLogin;
        await telephony.PlayAudioAsync(target, file);
        _playing[session.AgentUser] = new AudioPlayback(file, target, Paused: false, session.LoggedInAt);
    }

    /// <summary>Plays the current file again from its start; false when nothing plays.</summary>
    public async Task<bool> RestartAsync(string agentUser)
    {
        if (Current(agentUser) is not { } playback)
        {
            return false;
        }

        await telephony.PlayAudioAsync(playback.Target, playback.File);
        return Replace(agentUser, playback, playback with { Paused = false });
    }

    public bool Pause(string agentUser) => Current(agentUser) is { } playback && Replace(agentUser, playback, playback with { Paused = true });

    public bool Resume(string agentUser) => Current(agentUser) is { } playback && Replace(agentUser, playback, playback with { Paused = false });

    /// <summary>Ends the playback; false when nothing plays.</summary>
    public bool Stop(string agentUser) => Current(agentUser) is { } playback && _playing.TryRemove(KeyValuePair.Create(agentUser, playback));

    private bool Replace(string agentUser, AudioPlayback current, AudioPlayback next) => _playing.TryUpdate(agentUser, next, current);
}
