namespace Portal.Bench;

using System.Diagnostics;
using System.Globalization;

/// <summary>
/// N Portal nodes on this machine forming one Orleans cluster: a private Redis, the bench's PostgreSQL database shared
/// by all, each node its own HTTP and silo port and log (node-&lt;n&gt;.log). Node 1 starts first and must answer /healthz
/// before the others start, so only one node creates and migrates the database.
/// </summary>
internal sealed class ClusterNodes : IAsyncDisposable
{
    private static readonly TimeSpan HealthTimeout = TimeSpan.FromSeconds(120);

    private readonly BenchRedis _redis;
    /// <summary>Node n at index n - 1; null until it has started.</summary>
    private readonly PortalProcess?[] _nodes;

    private ClusterNodes(BenchRedis redis, int count)
    {
        _redis = redis;
        _nodes = new PortalProcess?[count];
    }

    public IReadOnlyList<PortalProcess> Nodes => [.. _nodes.OfType<PortalProcess>()];

    public IReadOnlyList<Uri> Addresses => [.. Nodes.Select(n => n.BaseAddress)];

    /// <summary>The nodes still running (not killed).</summary>
    public IReadOnlyList<PortalProcess> Live => [.. Nodes.Where(n => !n.HasExited)];

    public int RedisPid => _redis.Pid;

    public static async Task<ClusterNodes> StartAsync(
        string executable, string folder, BenchDatabase database, int count, CancellationToken cancellationToken)
    {
        var cluster = new ClusterNodes(await BenchRedis.StartAsync(cancellationToken), count);
        try
        {
            await cluster.StartNodeAsync(executable, folder, database, 1, cancellationToken);
            await Task.WhenAll(Enumerable.Range(2, count - 1).Select(n => cluster.StartNodeAsync(executable, folder, database, n, cancellationToken)));
            return cluster;
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
    }

    /// <summary>Waits until every running node's /healthz answers 200 (each is an active member of the cluster).</summary>
    public async Task WaitHealthyAsync(CancellationToken cancellationToken) =>
        await Task.WhenAll(Live.Select(n => WaitHealthyAsync(n, cancellationToken)));

    public async ValueTask DisposeAsync()
    {
        // Stopped in reverse, node 1 (the leader) last, so the work it hands over is not handed back and forth.
        foreach (var node in Nodes.Reverse())
        {
            await node.DisposeAsync();
        }

        _redis.Dispose();
    }

    private async Task StartNodeAsync(string executable, string folder, BenchDatabase database, int n, CancellationToken cancellationToken)
    {
        var settings = new Dictionary<string, string>
        {
            ["ConnectionStrings__Redis"] = _redis.ConnectionString,
            ["Portal__Cluster__ClusterId"] = $"portal-bench-{_redis.Port}",
            ["Portal__Cluster__Address"] = "127.0.0.1",
            ["Portal__Cluster__SiloPort"] = PortalProcess.FreePort().ToString(CultureInfo.InvariantCulture),
        };
        var node = await PortalProcess.StartAsync(executable, folder, database, cancellationToken, extra: settings, logName: $"node-{n}.log");
        _nodes[n - 1] = node;
        await WaitHealthyAsync(node, cancellationToken);
    }

    private static async Task WaitHealthyAsync(PortalProcess node, CancellationToken cancellationToken)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var clock = Stopwatch.StartNew();
        var last = "";
        while (clock.Elapsed < HealthTimeout)
        {
            try
            {
                using var response = await client.GetAsync(new Uri(node.BaseAddress, "healthz"), cancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }

                last = $"HTTP {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(cancellationToken)}";
            }
            catch (HttpRequestException ex)
            {
                last = ex.Message;
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                last = "no answer within 5 s";
            }

            if (node.HasExited)
            {
                break;
            }

            await Task.Delay(250, cancellationToken);
        }

        throw new BenchException($"Node {node.BaseAddress} did not answer /healthz 200 within {HealthTimeout.TotalSeconds:0} s (last: {last}).");
    }
}
