namespace Portal.Infrastructure.Telephony.Asterisk.Ari;

using System.Text.Json;

/// <summary>
/// The parts of an ARI event Portal reads: its type, the channel it is about (a Dial event's is its peer, the channel
/// dialled), the Stasis arguments, the hang-up cause and a dial's status (BUSY, NOANSWER, ...).
/// </summary>
public sealed record AriEvent(string Type, string? ChannelId, string? CallerNumber, IReadOnlyList<string> Args, int Cause, string? DialStatus, string? PlaybackId = null)
{
    public static AriEvent Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var channel = root.TryGetProperty("channel", out var c) ? c : root.TryGetProperty("peer", out var peer) ? peer : (JsonElement?)null;
        return new AriEvent(
            root.TryGetProperty("type", out var type) ? type.GetString() ?? "" : "",
            channel?.TryGetProperty("id", out var id) == true ? id.GetString() : null,
            channel?.TryGetProperty("caller", out var caller) == true && caller.TryGetProperty("number", out var number) ? number.GetString() : null,
            root.TryGetProperty("args", out var args) ? [.. args.EnumerateArray().Select(a => a.GetString() ?? "")] : [],
            root.TryGetProperty("cause", out var cause) && cause.ValueKind == JsonValueKind.Number ? cause.GetInt32() : 0,
            root.TryGetProperty("dialstatus", out var status) ? status.GetString() : null,
            root.TryGetProperty("playback", out var playback) && playback.TryGetProperty("id", out var playbackId) ? playbackId.GetString() : null);
    }
}
