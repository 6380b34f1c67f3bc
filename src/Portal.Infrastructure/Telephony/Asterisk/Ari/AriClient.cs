namespace Portal.Infrastructure.Telephony.Asterisk.Ari;

using System.Text.Json;

/// <summary>
/// The ARI operations Portal uses, one method each (Asterisk's REST API reference names them the same way). Cleanup
/// calls tolerate what is already gone: hanging up a channel that hung up, leaving a bridge it already left.
/// </summary>
public sealed class AriClient(IAriTransport transport)
{
    /// <summary>Creates a bridge with this id (and a name, the id unless given); one that exists already (409) is kept as it is.</summary>
    public Task CreateBridgeAsync(string bridgeId, string type, string? name = null, CancellationToken ct = default) =>
        SendAsync(AriRequest.Post($"bridges/{Id(bridgeId)}", ("type", type), ("name", name ?? bridgeId)), ct, 409);

    /// <summary>Every bridge Asterisk has: its id, name and the channels in it.</summary>
    public async Task<IReadOnlyList<AriBridge>> BridgesAsync(CancellationToken ct = default)
    {
        var response = await SendAsync(AriRequest.Get("bridges"), ct);
        using var json = JsonDocument.Parse(response.Body);
        return [.. json.RootElement.EnumerateArray().Select(b => new AriBridge(
            b.GetProperty("id").GetString()!,
            b.TryGetProperty("name", out var name) ? name.GetString() ?? "" : "",
            [.. b.GetProperty("channels").EnumerateArray().Select(c => c.GetString()!)]))];
    }

    public Task DestroyBridgeAsync(string bridgeId, CancellationToken ct = default) =>
        SendAsync(AriRequest.Delete($"bridges/{Id(bridgeId)}"), ct, 404);

    /// <summary>Dials an endpoint; the channel enters the application when answered (with these arguments).</summary>
    public Task OriginateAsync(string channelId, string endpoint, string application, string appArgs, string? callerId, int timeoutSeconds, CancellationToken ct = default) =>
        SendAsync(AriRequest.Post($"channels/{Id(channelId)}", ("endpoint", endpoint), ("app", application), ("appArgs", appArgs), ("callerId", callerId), ("timeout", timeoutSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture))), ct);

    public Task HangUpAsync(string channelId, CancellationToken ct = default) =>
        SendAsync(AriRequest.Delete($"channels/{Id(channelId)}"), ct, 404);

    public Task AnswerAsync(string channelId, CancellationToken ct = default) =>
        SendAsync(AriRequest.Post($"channels/{Id(channelId)}/answer"), ct);

    public Task StartMusicOnHoldAsync(string channelId, string mohClass, CancellationToken ct = default) =>
        SendAsync(AriRequest.Post($"channels/{Id(channelId)}/moh", ("mohClass", mohClass)), ct, 404);

    public Task StopMusicOnHoldAsync(string channelId, CancellationToken ct = default) =>
        SendAsync(AriRequest.Delete($"channels/{Id(channelId)}/moh"), ct, 404, 409);

    public Task StartBridgeMusicOnHoldAsync(string bridgeId, string mohClass, CancellationToken ct = default) =>
        SendAsync(AriRequest.Post($"bridges/{Id(bridgeId)}/moh", ("mohClass", mohClass)), ct);

    public Task AddToBridgeAsync(string bridgeId, string channelId, CancellationToken ct = default) =>
        SendAsync(AriRequest.Post($"bridges/{Id(bridgeId)}/addChannel", ("channel", channelId)), ct);

    /// <summary>Takes a channel out of a bridge; nothing happens when it was not in it (422) or is gone (404, 400).</summary>
    public Task RemoveFromBridgeAsync(string bridgeId, string channelId, CancellationToken ct = default) =>
        SendAsync(AriRequest.Post($"bridges/{Id(bridgeId)}/removeChannel", ("channel", channelId)), ct, 400, 404, 422);

    /// <summary>Lets a channel leave the application and continue in the dialplan (a blind transfer's dial).</summary>
    public Task ContinueInDialplanAsync(string channelId, string context, string extension, CancellationToken ct = default) =>
        SendAsync(AriRequest.Post($"channels/{Id(channelId)}/continue", ("context", context), ("extension", extension), ("priority", "1")), ct);

    public Task SendDtmfAsync(string channelId, string digits, CancellationToken ct = default) =>
        SendAsync(AriRequest.Post($"channels/{Id(channelId)}/dtmf", ("dtmf", digits)), ct);

    /// <summary>Plays media (several, comma-separated, one after another) to one channel; the playback's end is an event.</summary>
    public Task PlayToChannelAsync(string channelId, string media, string playbackId, CancellationToken ct = default) =>
        SendAsync(AriRequest.Post($"channels/{Id(channelId)}/play", ("media", media), ("playbackId", playbackId)), ct);

    public Task PlayAsync(string bridgeId, string media, CancellationToken ct = default) =>
        SendAsync(AriRequest.Post($"bridges/{Id(bridgeId)}/play", ("media", media)), ct);

    /// <summary>Mutes (or unmutes) what a channel says: the agent's microphone.</summary>
    public Task MuteAsync(string channelId, bool muted, CancellationToken ct = default) =>
        SendAsync(muted ? AriRequest.Post($"channels/{Id(channelId)}/mute", ("direction", "in")) : AriRequest.Delete($"channels/{Id(channelId)}/mute", ("direction", "in")), ct, 404);

    /// <summary>A channel that hears (spy) and may speak to (whisper) another channel, placed in the application.</summary>
    public Task SnoopAsync(string channelId, string snoopId, string spy, string whisper, string application, string appArgs, CancellationToken ct = default) =>
        SendAsync(AriRequest.Post($"channels/{Id(channelId)}/snoop", ("spy", spy), ("whisper", whisper), ("app", application), ("appArgs", appArgs), ("snoopId", snoopId)), ct);

    public Task RecordBridgeAsync(string bridgeId, string name, string format, CancellationToken ct = default) =>
        SendAsync(AriRequest.Post($"bridges/{Id(bridgeId)}/record", ("name", name), ("format", format), ("ifExists", "overwrite")), ct);

    public Task StopRecordingAsync(string name, CancellationToken ct = default) =>
        SendAsync(AriRequest.Post($"recordings/live/{Id(name)}/stop"), ct, 404);

    /// <summary>The ids of every channel Asterisk has now (after a reconnect: which calls survived).</summary>
    public async Task<IReadOnlySet<string>> ChannelIdsAsync(CancellationToken ct = default)
    {
        var response = await SendAsync(AriRequest.Get("channels"), ct);
        using var json = JsonDocument.Parse(response.Body);
        return json.RootElement.EnumerateArray().Select(c => c.GetProperty("id").GetString()!).ToHashSet(StringComparer.Ordinal);
    }

    private static string Id(string id) => Uri.EscapeDataString(id);

    private async Task<AriResponse> SendAsync(AriRequest request, CancellationToken ct, params int[] tolerated)
    {
        var response = await transport.SendAsync(request, ct);
        if (!response.IsSuccess && !tolerated.Contains(response.Status))
        {
            throw new AriException(request, response);
        }

        return response;
    }
}
