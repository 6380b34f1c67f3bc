namespace Portal.EndToEndTests;

using System.Collections.Concurrent;
using System.Diagnostics;

/// <summary>
/// Agent API load: one loop per agent alternating external_pause RESUME and PAUSE through one address, one call at a
/// time, recording every reply with its times. Without cookies, each call through the load balancer may reach any node.
/// Every call has a source of its own, so its audit row can be found.
/// </summary>
public sealed class ApiLoad : IAsyncDisposable
{
    /// <summary>Longer than any wait inside Portal (Orleans gives up a grain call after 30 s), so every call gets its reply.</summary>
    private static readonly TimeSpan CallTimeout = TimeSpan.FromSeconds(90);

    /// <summary>A pause between one agent's calls, so a few loops load the cluster without starving the browsers.</summary>
    private static readonly TimeSpan Pace = TimeSpan.FromMilliseconds(20);

    private readonly HttpClient _http;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly ConcurrentQueue<ApiReply> _replies = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly List<Task> _loops;
    private int _sequence;

    private ApiLoad(Uri address, IEnumerable<string> agents)
    {
        _http = new HttpClient(new SocketsHttpHandler { UseCookies = false }) { BaseAddress = address, Timeout = CallTimeout };
        _loops = [.. agents.Select(agent => Task.Run(() => DriveAsync(agent)))];
    }

    public static ApiLoad Start(Uri address, IEnumerable<string> agents) => new(address, agents);

    /// <summary>Time since the load started, the clock of every <see cref="ApiReply"/>.</summary>
    public TimeSpan Now => _clock.Elapsed;

    public IReadOnlyList<ApiReply> Replies => [.. _replies];

    /// <summary>
    /// Stops the loops; each ends after a call that answered SUCCESS (or after <paramref name="patience"/>), so an
    /// agent's last call is acknowledged and its state is known.
    /// </summary>
    public async Task StopAsync(TimeSpan patience)
    {
        await _stop.CancelAsync();
        await Task.WhenAll(_loops).WaitAsync(patience + CallTimeout);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await Task.WhenAll(_loops).ContinueWith(_ => { }, TaskScheduler.Default);
        _http.Dispose();
        _stop.Dispose();
    }

    private async Task DriveAsync(string agent)
    {
        var resume = true;
        var stopBy = TimeSpan.MaxValue;
        while (true)
        {
            var reply = await CallAsync(agent, resume ? "RESUME" : "PAUSE");
            _replies.Enqueue(reply);
            resume = !resume;
            if (_stop.IsCancellationRequested)
            {
                stopBy = stopBy == TimeSpan.MaxValue ? Now + TimeSpan.FromSeconds(30) : stopBy;
                if (reply.IsSuccess || Now > stopBy)
                {
                    return;
                }
            }

            await Task.Delay(Pace);
        }
    }

    private async Task<ApiReply> CallAsync(string agent, string value)
    {
        var sequence = Interlocked.Increment(ref _sequence);
        var source = $"load{sequence}";
        var sent = Now;
        try
        {
            using var response = await _http.GetAsync(new Uri(
                $"agc/api.php?source={source}&user=api&pass=Api-demo-1&agent_user={agent}&function=external_pause&value={value}", UriKind.Relative));
            var body = await response.Content.ReadAsStringAsync();
            return new ApiReply(agent, sequence, value, source, sent, Now, (int)response.StatusCode, body);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            return new ApiReply(agent, sequence, value, source, sent, Now, null, ex.Message);
        }
    }
}
