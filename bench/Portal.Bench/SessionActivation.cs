namespace Portal.Bench;

using System.Diagnostics;

/// <summary>
/// Makes the restored sessions live across the cluster: one external_pause call per agent, agent i through node
/// i mod N, so each agent's session grain is activated (on whichever node Orleans places it) and the command answered.
/// </summary>
internal static class SessionActivation
{
    public static async Task<(int Succeeded, IReadOnlyDictionary<string, int> Errors, TimeSpan Took)> SendAsync(
        IReadOnlyList<Uri> nodes, int agents, string value, int concurrency, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = concurrency, UseProxy = false, UseCookies = false };
        using var client = new HttpClient(handler) { Timeout = timeout };
        var recorder = new CallRecorder();
        var next = -1;
        var clock = Stopwatch.StartNew();
        async Task WorkerAsync()
        {
            for (var agent = Interlocked.Increment(ref next); agent < agents && !cancellationToken.IsCancellationRequested; agent = Interlocked.Increment(ref next))
            {
                await LoadGenerator.CallAsync(client, AgentCall.Uri(nodes[agent % nodes.Count], agent, value), Stopwatch.GetTimestamp(), recorder);
            }
        }

        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(WorkerAsync, CancellationToken.None)));
        var result = recorder.Summarise(new FunctionSpec("external_pause", value, 1), double.NaN, 1);
        return (result.Succeeded, result.ErrorKinds, clock.Elapsed);
    }
}
