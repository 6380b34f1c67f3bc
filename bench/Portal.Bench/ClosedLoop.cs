namespace Portal.Bench;

using System.Diagnostics;
using System.Threading.Channels;

/// <summary>
/// A wrk-like closed loop: N connections, each sending its next call as soon as the last is answered, for a fixed
/// time. Unlike wrk it never has two calls for one agent in flight: a call that targets an agent first checks the
/// agent out of a shared queue and returns it when answered, so each agent's RESUME/PAUSE alternate in order however
/// many connections there are (at most one call per agent in flight, so more connections than agents queue here).
/// Latency runs from send to answer. With <paramref name="nodes"/> (a cluster), connection i sends to node i mod N, and
/// the CPU counted is that of every process in <paramref name="serverPids"/>.
/// </summary>
internal sealed class ClosedLoop(RequestPlan plan, int agents, IReadOnlyList<int> serverPids, TimeSpan timeout, IReadOnlyList<Uri>? nodes = null)
{
    public async Task<ClosedStepResult> RunAsync(int connections, TimeSpan duration, FsyncTrace? fsyncs, CancellationToken cancellationToken)
    {
        using var handler = new System.Net.Http.SocketsHttpHandler
        {
            MaxConnectionsPerServer = connections,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            UseProxy = false,
            UseCookies = false,
            ConnectTimeout = TimeSpan.FromSeconds(5),
        };
        using var client = new HttpClient(handler) { Timeout = timeout };
        var free = Channel.CreateUnbounded<int>();
        for (var agent = 0; agent < agents; agent++)
        {
            free.Writer.TryWrite(agent);
        }

        var recorders = plan.Functions.Select(_ => new CallRecorder()).ToArray();
        var order = new Lock();
        var serverCpuBefore = ServerCpu();
        var machineBefore = ProcessProbe.MachineCpu();
        var fsyncsBefore = fsyncs?.Mark();
        var start = Stopwatch.GetTimestamp();

        async Task ConnectionAsync(int connection)
        {
            var node = nodes is null ? null : nodes[connection % nodes.Count];
            Uri Route(Uri uri) => node is null ? uri : new Uri(node, uri.PathAndQuery);

            while (Stopwatch.GetElapsedTime(start) < duration && !cancellationToken.IsCancellationRequested)
            {
                int function;
                lock (order)
                {
                    function = plan.NextFunction();
                }

                if (!plan.Functions[function].TargetsAgent)
                {
                    await LoadGenerator.CallAsync(client, Route(plan.NextUri(function, 0)), Stopwatch.GetTimestamp(), recorders[function]);
                    continue;
                }

                var agent = await free.Reader.ReadAsync(CancellationToken.None);
                try
                {
                    await LoadGenerator.CallAsync(client, Route(plan.NextUri(function, agent)), Stopwatch.GetTimestamp(), recorders[function]);
                }
                finally
                {
                    free.Writer.TryWrite(agent);
                }
            }
        }

        await Task.WhenAll(Enumerable.Range(0, connections).Select(c => Task.Run(() => ConnectionAsync(c), CancellationToken.None)));
        var window = Stopwatch.GetElapsedTime(start);
        var serverCpu = ServerCpu() - serverCpuBefore;
        var machineCores = ProcessProbe.BusyCores(machineBefore, ProcessProbe.MachineCpu());
        var results = plan.Functions.Select((f, i) => recorders[i].Summarise(f, double.NaN, window.TotalSeconds)).ToList();
        var calls = results.Sum(r => r.Succeeded + r.Errors);
        return new ClosedStepResult(
            connections,
            window.TotalSeconds,
            results,
            LatencyStats.From(recorders.SelectMany(r => r.Latencies())),
            serverCpu / Math.Max(1, calls),
            serverCpu.TotalSeconds / window.TotalSeconds,
            machineCores,
            fsyncs?.Between(fsyncsBefore!.Value, DateTimeOffset.UtcNow));
    }

    private TimeSpan ServerCpu() => serverPids.Aggregate(TimeSpan.Zero, (sum, pid) => sum + ProcessProbe.CpuTime(pid));
}
