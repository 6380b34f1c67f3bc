namespace Portal.Infrastructure.AgentApi.Calls;

/// <summary>Audio playing in an agent's session (audio_playback): the file, where it plays, and whether it is paused.</summary>
/// <param name="File">The audio-store file name, without extension.</param>
/// <param name="Target">What the telephony port plays it into: the customer call, or the agent's phone when there is none.</param>
/// <param name="Paused">PAUSE was asked and RESUME not yet.</param>
/// <param name="SessionStart">The login of the session it plays in; a playback from an earlier login does not count.</param>
public sealed record AudioPlayback(string File, string Target, bool Paused, DateTimeOffset SessionStart);
