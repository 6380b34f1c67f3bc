namespace Portal.AriRecorder;

using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Portal.AriRecorder.Scenarios;

/// <summary>
/// The outside world of a real Asterisk, through its ARI on a connection of its own (not recorded): test callers in
/// the dialplan of scripts/asterisk-test.sh, far ends hanging up, checks of bridges and recordings, a restart.
/// </summary>
public sealed class RealTestPbx : ITestPbx, IDisposable
{
    private readonly HttpClient _http;
    private readonly string _restartCommand;
    private int _callers;

    public RealTestPbx(string ariUrl, string user, string password, string restartCommand)
    {
        _http = new HttpClient { BaseAddress = new Uri(ariUrl.TrimEnd('/') + "/ari/") };
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}")));
        _restartCommand = restartCommand;
    }

    /// <summary>
    /// A Local channel pair: the caller's half waits in portal-test-caller, the other half (the call Portal sees, with
    /// the id returned) runs portal-test-inbound, which sends it to Stasis with the in-group.
    /// </summary>
    public async Task<string> CallInAsync(string inGroup, string callerNumber)
    {
        var n = Interlocked.Increment(ref _callers);
        var query = $"channels/test-caller-{n}?otherChannelId=test-call-{n}&endpoint={Uri.EscapeDataString($"Local/{callerNumber}@portal-test-inbound/n")}&context=portal-test-caller&extension=s&priority=1&callerId={callerNumber}";
        using var response = await _http.PostAsJsonAsync(query, new { variables = new Dictionary<string, string> { ["_PORTAL_INGROUP"] = inGroup } });
        response.EnsureSuccessStatusCode();
        return $"test-call-{n}";
    }

    /// <summary>Hangs up the other half of the Local channel pair the call's channel belongs to.</summary>
    public async Task FarEndHangsUpAsync(string callId)
    {
        var channels = await ChannelsAsync();
        var name = channels.FirstOrDefault(c => c.Id == callId).Name ?? throw new ScenarioFailedException($"channel {callId} is not up");
        var other = name.EndsWith(";1", StringComparison.Ordinal) ? name[..^2] + ";2" : name[..^2] + ";1";
        var far = channels.FirstOrDefault(c => c.Name == other).Id ?? throw new ScenarioFailedException($"the far end of {callId} ({other}) is not up");
        using var response = await _http.DeleteAsync($"channels/{Uri.EscapeDataString(far)}");
        response.EnsureSuccessStatusCode();
    }

    public async Task<IReadOnlyList<string>> BridgeMembersAsync(string bridgeId)
    {
        using var response = await _http.GetAsync($"bridges/{Uri.EscapeDataString(bridgeId)}");
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return [];
        }

        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return [.. json.RootElement.GetProperty("channels").EnumerateArray().Select(c => c.GetString()!)];
    }

    public async Task<bool> ChannelExistsAsync(string channelId)
    {
        using var response = await _http.GetAsync($"channels/{Uri.EscapeDataString(channelId)}");
        return response.IsSuccessStatusCode;
    }

    public async Task<IReadOnlyList<string>> ChannelNamesAsync() => [.. (await ChannelsAsync()).Select(c => c.Name)];

    public async Task<bool> StoredRecordingExistsAsync(string name)
    {
        using var response = await _http.GetAsync($"recordings/stored/{Uri.EscapeDataString(name)}");
        return response.IsSuccessStatusCode;
    }

    public async Task RestartAsync()
    {
        using var process = Process.Start(new ProcessStartInfo("/bin/sh", ["-c", _restartCommand]) { RedirectStandardOutput = true })!;
        Console.WriteLine(await process.StandardOutput.ReadToEndAsync());
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new ScenarioFailedException($"restarting Asterisk failed ({_restartCommand}: exit {process.ExitCode})");
        }
    }

    /// <summary>Hangs up every channel and removes every bridge, so each scenario starts on an idle PBX.</summary>
    public async Task ResetAsync()
    {
        foreach (var (id, _) in await ChannelsAsync())
        {
            (await _http.DeleteAsync($"channels/{Uri.EscapeDataString(id)}")).Dispose();
        }

        using var bridges = JsonDocument.Parse(await _http.GetStringAsync("bridges"));
        foreach (var bridge in bridges.RootElement.EnumerateArray())
        {
            (await _http.DeleteAsync($"bridges/{Uri.EscapeDataString(bridge.GetProperty("id").GetString()!)}")).Dispose();
        }

        var until = DateTime.UtcNow.AddSeconds(5);
        while ((await ChannelsAsync()).Count > 0 && DateTime.UtcNow < until)
        {
            await Task.Delay(50);
        }
    }

    public void Dispose() => _http.Dispose();

    private async Task<List<(string Id, string Name)>> ChannelsAsync()
    {
        using var json = JsonDocument.Parse(await _http.GetStringAsync("channels"));
        return [.. json.RootElement.EnumerateArray().Select(c => (c.GetProperty("id").GetString()!, c.GetProperty("name").GetString()!))];
    }
}
