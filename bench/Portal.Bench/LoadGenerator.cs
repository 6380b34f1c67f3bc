namespace Portal.Bench;

using System.Diagnostics;
using System.Net;

/// <summary>
/// An open-loop load generator: calls are sent on a fixed schedule (call i at i/rate seconds) whether or not earlier
/// calls have been answered, and each call's latency is measured from its scheduled time, so a server that falls
/// behind cannot slow the load down and hide its queueing (no coordinated omission).
/// </summary>
internal sealed class LoadGenerator(RequestPlan plan, int serverPid, int? fixedConnections, TimeSpan timeout)
{
    /// <summary>A step stops sending once this many seconds' worth of calls are unanswered.</summary>
    private const double MaxBacklogSeconds = 1.0;

    /// <summary>The error kinds of calls that got no reply.</summary>
    public const string Timeout = "timeout";
    public const string ConnectionError = "connection: ";

    /// <summary>
    /// Each function's service time with nothing else running: <paramref name="calls"/> calls, one at a time, on one
    /// connection. Shows what a single call costs before any queueing.
    /// </summary>
    public async Task<IReadOnlyList<FunctionResult>> MeasureServiceTimeAsync(int calls, CancellationToken cancellationToken)
    {
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = 1, UseProxy = false, UseCookies = false };
        using var client = new HttpClient(handler) { Timeout = timeout };
        var results = new List<FunctionResult>();
        for (var function = 0; function < plan.Functions.Count; function++)
        {
            var recorder = new CallRecorder();
            var serverCpuBefore = ProcessProbe.CpuTime(serverPid);
            var start = Stopwatch.GetTimestamp();
            for (var i = 0; i < calls && !cancellationToken.IsCancellationRequested; i++)
            {
                await CallAsync(client, plan.NextUri(function), Stopwatch.GetTimestamp(), recorder);
            }

            var result = recorder.Summarise(plan.Functions[function], double.NaN, Stopwatch.GetElapsedTime(start).TotalSeconds);
            results.Add(result with { ServerCpuPerCall = (ProcessProbe.CpuTime(serverPid) - serverCpuBefore) / Math.Max(1, calls) });
        }

        return results;
    }

    /// <summary>
    /// Closed loop: <paramref name="workers"/> callers, each sending its next call when the last is answered, so the
    /// warm-up (JIT, connections, caches) can never build a backlog. Its throughput is the closed-loop capacity.
    /// </summary>
    public async Task<FunctionResult> WarmUpAsync(int workers, TimeSpan duration, CancellationToken cancellationToken)
    {
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = workers, UseProxy = false, UseCookies = false };
        using var client = new HttpClient(handler) { Timeout = timeout };
        var recorder = new CallRecorder();
        var gate = new Lock();
        var start = Stopwatch.GetTimestamp();
        async Task WorkerAsync()
        {
            while (Stopwatch.GetElapsedTime(start) < duration && !cancellationToken.IsCancellationRequested)
            {
                Uri uri;
                lock (gate)
                {
                    uri = plan.Next().Uri;
                }

                await CallAsync(client, uri, Stopwatch.GetTimestamp(), recorder);
            }
        }

        await Task.WhenAll(Enumerable.Range(0, workers).Select(_ => Task.Run(WorkerAsync, CancellationToken.None)));
        return recorder.Summarise(new FunctionSpec("warm-up (all functions)", null, 1), double.NaN, Stopwatch.GetElapsedTime(start).TotalSeconds);
    }

    public async Task<StepResult> RunStepAsync(int rate, TimeSpan duration, CancellationToken cancellationToken)
    {
        // Enough connections to hold 40 ms of calls in flight (Little's law at the p99 target plus head-room).
        var connections = fixedConnections ?? Math.Max(8, rate / 25);
        using var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = connections,
            PooledConnectionLifetime = System.Threading.Timeout.InfiniteTimeSpan,
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
            UseProxy = false,
            UseCookies = false,
            AutomaticDecompression = DecompressionMethods.None,
            ConnectTimeout = TimeSpan.FromSeconds(5),
        };
        using var client = new HttpClient(handler) { Timeout = timeout };
        var recorders = plan.Functions.Select(_ => new CallRecorder()).ToArray();
        var total = (long)(rate * duration.TotalSeconds);
        var calls = new List<Task>((int)Math.Min(total, int.MaxValue));
        var serverCpuBefore = ProcessProbe.CpuTime(serverPid);
        var benchCpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var machineBefore = ProcessProbe.MachineCpu();
        var inFlight = new InFlightCounter();
        var start = Stopwatch.GetTimestamp();
        long sent = 0, maxLag = 0;
        TimeSpan? abandoned = null;
        while (sent < total && !cancellationToken.IsCancellationRequested)
        {
            var now = Stopwatch.GetTimestamp();
            if (inFlight.Count > rate * MaxBacklogSeconds)
            {
                // A second of calls unanswered: the server cannot keep up. Sending more would only queue work (which
                // Portal still does after the client gives up) and spill into the next step.
                abandoned = Stopwatch.GetElapsedTime(start);
                break;
            }

            var due = Math.Min(total, ((now - start) * rate / Stopwatch.Frequency) + 1);
            for (; sent < due; sent++)
            {
                var scheduled = start + (sent * Stopwatch.Frequency / rate);
                maxLag = Math.Max(maxLag, now - scheduled);
                var (function, uri) = plan.Next();
                calls.Add(inFlight.Track(CallAsync(client, uri, scheduled, recorders[function])));
            }

            if (sent < total)
            {
                await Task.Delay(1, CancellationToken.None);
            }
        }

        var threadsWhileSending = ProcessProbe.Threads(serverPid);
        await Task.WhenAll(calls);
        var window = Stopwatch.GetElapsedTime(start);
        var seconds = Math.Max(window.TotalSeconds, duration.TotalSeconds);
        var serverCpu = ProcessProbe.CpuTime(serverPid) - serverCpuBefore;
        var serverCores = serverCpu.TotalSeconds / window.TotalSeconds;
        var benchCores = (Process.GetCurrentProcess().TotalProcessorTime - benchCpuBefore).TotalSeconds / window.TotalSeconds;
        var machineCores = ProcessProbe.BusyCores(machineBefore, ProcessProbe.MachineCpu());
        var totalWeight = plan.Functions.Sum(f => f.Weight);
        var results = plan.Functions
            .Select((f, i) => recorders[i].Summarise(f, (double)rate * f.Weight / totalWeight, seconds))
            .ToList();
        var all = LatencyStats.From(recorders.SelectMany(r => r.Latencies()));
        return new StepResult(rate, seconds, results, all, serverCores, benchCores, maxLag * 1000.0 / Stopwatch.Frequency, connections)
        {
            AbandonedAfter = abandoned,
            MachineCores = machineCores,
            ServerCpuPerCall = serverCpu / Math.Max(1, sent),
            ServerThreads = threadsWhileSending,
        };
    }

    public static async Task CallAsync(HttpClient client, Uri uri, long scheduled, CallRecorder recorder)
    {
        string? error;
        try
        {
            using var response = await client.GetAsync(uri, HttpCompletionOption.ResponseContentRead);
            var body = await response.Content.ReadAsStringAsync();
            error = response.StatusCode != HttpStatusCode.OK ? $"HTTP {(int)response.StatusCode}" : Classify(body);
        }
        catch (TaskCanceledException)
        {
            error = Timeout;
        }
        catch (HttpRequestException ex)
        {
            error = ConnectionError + ex.HttpRequestError;
        }

        recorder.Record(Stopwatch.GetTimestamp() - scheduled, error);
    }

    /// <summary>Calls sent and not yet answered.</summary>
    private sealed class InFlightCounter
    {
        private int _count;

        public int Count => Volatile.Read(ref _count);

        public async Task Track(Task call)
        {
            Interlocked.Increment(ref _count);
            try
            {
                await call;
            }
            finally
            {
                Interlocked.Decrement(ref _count);
            }
        }
    }

    /// <summary>Null for an answer that did what was asked; otherwise the reply's first line without its per-call details.</summary>
    internal static string? Classify(string body)
    {
        if (body.StartsWith("SUCCESS", StringComparison.Ordinal) || body.StartsWith("VERSION", StringComparison.Ordinal))
        {
            return null;
        }

        var line = body.Split('\n')[0];
        var details = line.IndexOf(" - ", StringComparison.Ordinal);
        line = details < 0 ? line : line[..details];
        return line.Length == 0 ? "(empty body)" : line[..Math.Min(line.Length, 80)];
    }
}
