namespace Portal.Bench;

using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Threading.Channels;

/// <summary>
/// A closed loop of external_pause over every agent through the surviving nodes, during which one node is killed
/// (kill -9). Each agent alternates RESUME/PAUSE from the state its replies say it is in, at most one call per agent in
/// flight; an agent whose call fails is tried again 100 ms later ahead of the others, as a client that retries would.
/// It runs until every agent has answered SUCCESS since the kill and since its own last failure (or a time limit), then
/// checks each agent's stored state against its last SUCCESS: a SUCCESS whose change is not in the database was lost.
/// </summary>
internal sealed class FailoverLoop(int agents, TimeSpan timeout)
{
    private static readonly TimeSpan RetryDelay = TimeSpan.FromMilliseconds(100);

    private readonly ConcurrentDictionary<string, int> _errorKinds = new(StringComparer.Ordinal);
    private AgentTrack[] _tracks = [];
    private long _killAt;
    private long _lastFailure;
    private int _callsBefore, _errorsBefore, _callsAfter, _errorsAfter;

    public async Task<FailoverResult> RunAsync(
        IReadOnlyList<Uri> survivors, IReadOnlyDictionary<string, string> states, int connections, TimeSpan before,
        (string Name, int Grains, Action Kill) victim, TimeSpan maxAfter, Func<Task<Dictionary<string, string>>> readStates,
        CancellationToken cancellationToken)
    {
        _tracks = [.. Enumerable.Range(0, agents).Select(i => new AgentTrack(states.GetValueOrDefault(DemoAccounts.BenchAgent(i)) != "Ready"))];
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = connections, UseProxy = false, UseCookies = false };
        using var client = new HttpClient(handler) { Timeout = timeout };
        var free = Channel.CreateUnbounded<int>();
        var retry = new ConcurrentQueue<int>();
        for (var agent = 0; agent < agents; agent++)
        {
            free.Writer.TryWrite(agent);
        }

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        async Task ConnectionAsync(int connection)
        {
            var node = survivors[connection % survivors.Count];
            while (!stop.IsCancellationRequested)
            {
                if (!retry.TryDequeue(out var agent))
                {
                    try
                    {
                        agent = await free.Reader.ReadAsync(stop.Token);
                    }
                    catch (OperationCanceledException)
                    {
                        return;
                    }
                }

                if (await CallAsync(client, node, agent))
                {
                    free.Writer.TryWrite(agent);
                }
                else
                {
                    _ = Task.Delay(RetryDelay, CancellationToken.None).ContinueWith(_ => retry.Enqueue(agent), TaskScheduler.Default);
                }
            }
        }

        var workers = Enumerable.Range(0, connections).Select(c => Task.Run(() => ConnectionAsync(c), CancellationToken.None)).ToList();
        await Task.Delay(before, cancellationToken);
        Volatile.Write(ref _killAt, Stopwatch.GetTimestamp());
        victim.Kill();
        while (Stopwatch.GetElapsedTime(_killAt) < maxAfter && !Recovered())
        {
            await Task.Delay(100, cancellationToken);
        }

        var window = Stopwatch.GetElapsedTime(_killAt);
        await stop.CancelAsync();
        await Task.WhenAll(workers);
        // A call that timed out may still finish in Portal; give it a moment before reading what was stored.
        await Task.Delay(TimeSpan.FromSeconds(2), cancellationToken);
        return Summarise(victim.Name, victim.Grains, window, await readStates());
    }

    /// <summary>Every agent answered SUCCESS since the kill and since its last failure, and nothing failed in the last second.</summary>
    private bool Recovered() =>
        _tracks.All(t => t.RecoveredAt is not null) && Stopwatch.GetElapsedTime(Math.Max(Volatile.Read(ref _lastFailure), _killAt)) > TimeSpan.FromSeconds(1);

    /// <summary>One call for one agent; true when it answered SUCCESS.</summary>
    private async Task<bool> CallAsync(HttpClient client, Uri node, int agent)
    {
        var track = _tracks[agent];
        var value = track.NextValue;
        string? error;
        try
        {
            using var response = await client.GetAsync(AgentCall.Uri(node, agent, value));
            var body = await response.Content.ReadAsStringAsync();
            error = response.StatusCode != HttpStatusCode.OK ? $"HTTP {(int)response.StatusCode}" : LoadGenerator.Classify(body);
        }
        catch (TaskCanceledException)
        {
            error = LoadGenerator.Timeout;
        }
        catch (HttpRequestException ex)
        {
            error = LoadGenerator.ConnectionError + ex.HttpRequestError;
        }

        var answered = Stopwatch.GetTimestamp();
        var killAt = Volatile.Read(ref _killAt);
        var afterKill = killAt != 0 && answered >= killAt;
        Interlocked.Increment(ref afterKill ? ref _callsAfter : ref _callsBefore);
        if (error is null)
        {
            track.BelievedPaused = value == "PAUSE";
            track.ExpectedState = track.BelievedPaused ? "Paused" : "Ready";
            track.UncertainSinceSuccess = false;
            if (afterKill && track.RecoveredAt is null)
            {
                track.RecoveredAt = answered;
            }

            return true;
        }

        Interlocked.Increment(ref afterKill ? ref _errorsAfter : ref _errorsBefore);
        _errorKinds.AddOrUpdate(error, 1, (_, n) => n + 1);
        if (error.Contains("not paused", StringComparison.Ordinal))
        {
            // The agent is READY after all: an earlier call that failed or timed out did take effect.
            track.BelievedPaused = false;
        }

        track.UncertainSinceSuccess = true;
        track.LastFailureAt = answered;
        track.RecoveredAt = null;
        InterlockedMax(ref _lastFailure, answered);
        return false;
    }

    private FailoverResult Summarise(string killed, int grains, TimeSpan window, Dictionary<string, string> stored)
    {
        double? After(long? at) => at is { } t ? Stopwatch.GetElapsedTime(_killAt, t).TotalSeconds : null;
        var failed = _tracks.Where(t => t.LastFailureAt > _killAt).ToList();
        var allRecovered = _tracks.All(t => t.RecoveredAt is not null);
        int matching = 0, uncertain = 0;
        var lost = new List<string>();
        for (var i = 0; i < _tracks.Length; i++)
        {
            var state = stored.GetValueOrDefault(DemoAccounts.BenchAgent(i), "(no row)");
            if (state == _tracks[i].ExpectedState)
            {
                matching++;
            }
            else if (_tracks[i].UncertainSinceSuccess)
            {
                uncertain++;
            }
            else
            {
                lost.Add($"{DemoAccounts.BenchAgent(i)}: last SUCCESS left it {_tracks[i].ExpectedState}, stored {state}");
            }
        }

        return new FailoverResult(
            killed, grains,
            _lastFailure > _killAt ? After(_lastFailure) : null,
            failed.All(t => t.RecoveredAt is not null) ? failed.Select(t => After(t.RecoveredAt)).DefaultIfEmpty(0).Max() : null,
            allRecovered ? _tracks.Max(t => After(t.RecoveredAt)) : null,
            failed.Count, _callsBefore, _errorsBefore, _callsAfter, _errorsAfter,
            new Dictionary<string, int>(_errorKinds), (_callsAfter - _errorsAfter) / window.TotalSeconds,
            matching, uncertain, lost.Count, [.. lost.Take(5)]);
    }

    private static void InterlockedMax(ref long target, long value)
    {
        for (var seen = Volatile.Read(ref target); value > seen; seen = Volatile.Read(ref target))
        {
            if (Interlocked.CompareExchange(ref target, value, seen) == seen)
            {
                return;
            }
        }
    }
}
