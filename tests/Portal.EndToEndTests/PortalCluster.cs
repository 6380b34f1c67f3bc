namespace Portal.EndToEndTests;

using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

/// <summary>
/// A Portal cluster on loopback started by scripts/cluster.sh (a private PostgreSQL and Redis, three nodes of this
/// test run's Portal.Web build, nginx in front) in a temporary state folder; always stopped with <c>down</c> on dispose.
/// </summary>
public sealed partial class PortalCluster : IAsyncDisposable
{
    private static readonly TimeSpan ScriptTimeout = TimeSpan.FromMinutes(4);

    private readonly string _script;
    private readonly string _folder;
    private readonly Dictionary<string, string> _environment;
    private readonly Dictionary<int, ClusterNode> _nodes = [];
    private readonly Dictionary<int, int> _restarts = [];

    private PortalCluster(string script, string folder, Dictionary<string, string> environment)
    {
        _script = script;
        _folder = folder;
        _environment = environment;
    }

    public Uri LoadBalancer { get; private set; } = default!;

    /// <summary>The cluster's database, as cluster.sh gives it to the nodes.</summary>
    public string ConnectionString =>
        $"Host=127.0.0.1;Port={State("pg")};Username=postgres;Database=portal_cluster;Pooling=false";

    public int RedisPort => int.Parse(State("redis"), CultureInfo.InvariantCulture);

    public ClusterNode Node(int number) => _nodes[number];

    public IReadOnlyCollection<ClusterNode> Nodes => _nodes.Values;

    /// <summary>
    /// Starts <paramref name="nodes"/> nodes with the quiet simulator the single-server tests use (no inbound calls, no
    /// auto-dial, customers never hang up first) plus <paramref name="settings"/> (configuration keys).
    /// </summary>
    public static async Task<PortalCluster> StartAsync(int nodes, IReadOnlyDictionary<string, string>? settings = null)
    {
        var root = RepositoryRoot();
        // Under /tmp: cluster.sh runs PostgreSQL as the postgres user when it is root, and that user must reach the folder.
        var folder = Path.Combine(Path.GetTempPath(), "portal-cluster-e2e-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(folder);
        var environment = new Dictionary<string, string>
        {
            ["PORTAL_CLUSTER_DIR"] = folder,
            // This test run's build (Development, as PortalServer runs it), so the test needs no publish.
            ["PORTAL_CLUSTER_PORTAL"] = PortalServer.FindPortalExecutable(),
            ["Logging__LogLevel__Default"] = "Warning",
            ["Logging__LogLevel__Portal"] = "Information",
            ["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information",
        };
        foreach (var (key, value) in PortalServer.QuietSimulator.Where(q => settings?.ContainsKey(q.Key) != true).Concat(settings ?? new Dictionary<string, string>()))
        {
            environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var cluster = new PortalCluster(Path.Combine(root, "scripts", "cluster.sh"), folder, environment);
        try
        {
            var lines = await cluster.RunScriptAsync("up", nodes.ToString(CultureInfo.InvariantCulture));
            foreach (var line in lines)
            {
                cluster.Read(line);
            }

            if (cluster.LoadBalancer is null || cluster._nodes.Count != nodes)
            {
                throw new InvalidOperationException("cluster.sh up printed no lb line or too few node lines:\n" + string.Join('\n', lines));
            }
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }

        return cluster;
    }

    /// <summary>Kills node <paramref name="number"/> outright (SIGKILL, as a crash or the OOM killer) and waits until it is gone.</summary>
    public async Task KillNodeAsync(int number)
    {
        var node = _nodes[number];
        using (var kill = Process.Start("kill", ["-KILL", node.Pid.ToString(CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        // Not our child (cluster.sh starts nodes with setsid): gone when /proc no longer has it running.
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (IsRunning(node.Pid))
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"node {number} (pid {node.Pid}) still runs 10 s after SIGKILL");
            }

            await Task.Delay(20);
        }
    }

    /// <summary>(Re)starts node <paramref name="number"/> with <c>cluster.sh node</c>, which waits for its /healthz.</summary>
    public async Task RestartNodeAsync(int number)
    {
        _restarts[number] = _restarts.GetValueOrDefault(number) + 1;
        foreach (var line in await RunScriptAsync("node", number.ToString(CultureInfo.InvariantCulture)))
        {
            Read(line);
        }
    }

    /// <summary>
    /// Which node nginx last sent a request of a browser whose portal_node cookie is <paramref name="key"/> to, by its
    /// access log; null before nginx has logged one (it logs a request once its reply is sent, so just after).
    /// </summary>
    public int? NodeServing(string key)
    {
        var upstream = File.ReadLines(Path.Combine(_folder, "nginx-access.log"))
            .Where(line => line.EndsWith(" key=" + key, StringComparison.Ordinal))
            .Select(line => UpstreamPattern().Match(line))
            .LastOrDefault(m => m.Success);
        if (upstream is null)
        {
            return null;
        }

        // After a node failed, nginx lists every node it tried ("127.0.0.1:1, 127.0.0.1:2"): the last one answered.
        var port = int.Parse(upstream.Groups[1].Captures[^1].Value, CultureInfo.InvariantCulture);
        return _nodes.Values.Single(n => n.Address.Port == port).Number;
    }

    /// <summary><see cref="NodeServing"/> once nginx has logged a request with that key.</summary>
    public async Task<int> NodeServingAsync(string key)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            if (NodeServing(key) is { } node)
            {
                return node;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"nginx logged no request with key {key} within 10 s");
            }

            await Task.Delay(20);
        }
    }

    /// <summary>Where each agent session grain is active, by the Redis grain directory: agent user → node number.</summary>
    public async Task<IReadOnlyDictionary<string, int>> SessionNodesAsync()
    {
        var keys = (await RedisAsync("--scan", "--pattern", "portal/directory/agentsession/*"))
            .Where(k => k.Length > 0).ToList();
        if (keys.Count == 0)
        {
            return new Dictionary<string, int>();
        }

        var values = await RedisAsync(["mget", .. keys]);
        var silos = _nodes.Values.ToDictionary(n => State($"node{n.Number}_silo"), n => n.Number);
        return keys.Zip(values)
            .Select(kv => (Agent: kv.First[(kv.First.LastIndexOf('/') + 1)..], Silo: SiloPattern().Match(kv.Second)))
            .Where(kv => kv.Silo.Success && silos.ContainsKey(kv.Silo.Groups[1].Value))
            .ToDictionary(kv => kv.Agent, kv => silos[kv.Silo.Groups[1].Value]);
    }

    /// <summary>The address node <paramref name="number"/>'s Orleans silo has in the cluster, as Orleans logs it: "127.0.0.1:port".</summary>
    public string SiloEndpoint(int number) => "127.0.0.1:" + State($"node{number}_silo");

    /// <summary>Where every node log is now, so <see cref="LoggedErrorsSince"/> reports only what came after.</summary>
    public ClusterLogMark MarkLogs() =>
        new(_nodes.Keys.ToDictionary(n => n, n => (ReadLog(n).Length, _restarts.GetValueOrDefault(n))));

    /// <summary>
    /// Lines the nodes logged at error level or above ("fail:", "crit:", with the next lines) since <paramref name="mark"/>,
    /// including what a node logged before a restart (cluster.sh keeps that log as node-N.log.prev).
    /// </summary>
    public IReadOnlyList<string> LoggedErrorsSince(ClusterLogMark mark)
    {
        ArgumentNullException.ThrowIfNull(mark);
        var errors = new List<string>();
        foreach (var node in _nodes.Keys.Order())
        {
            var (position, restarts) = mark.Positions.GetValueOrDefault(node);
            var current = ReadLog(node);
            var logs = _restarts.GetValueOrDefault(node) == restarts
                ? [current[Math.Min(position, current.Length)..]]
                : new[] { ReadLog(node, ".prev") is var previous ? previous[Math.Min(position, previous.Length)..] : "", current };
            errors.AddRange(logs.SelectMany(Errors).Select(e => $"node {node}: {e}"));
        }

        return errors;
    }

    /// <summary>The end of every node log (and of nginx's error log), for a failing test's output.</summary>
    public string LogTails(int lines = 60)
    {
        var text = new StringBuilder();
        foreach (var file in Directory.GetFiles(_folder, "node-*.log*").Append(Path.Combine(_folder, "nginx-error.log")).Order(StringComparer.Ordinal))
        {
            if (!File.Exists(file))
            {
                continue;
            }

            var tail = File.ReadAllLines(file).TakeLast(lines);
            text.AppendLine(CultureInfo.InvariantCulture, $"----- {Path.GetFileName(file)} (last {lines} lines) -----");
            foreach (var line in tail)
            {
                text.AppendLine(line);
            }
        }

        return text.ToString();
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await RunScriptAsync("down");
        }
        catch (Exception ex) when (ex is InvalidOperationException or TimeoutException)
        {
            // Whatever is left of the nodes must not outlive the test run.
            foreach (var node in _nodes.Values.Where(n => IsRunning(n.Pid)))
            {
                using var kill = Process.Start("kill", ["-KILL", node.Pid.ToString(CultureInfo.InvariantCulture)]);
                await kill.WaitForExitAsync();
            }

            Console.Error.WriteLine(ex.Message);
        }

        if (Environment.GetEnvironmentVariable("PORTAL_E2E_KEEP_CLUSTER") == "1")
        {
            Console.Error.WriteLine($"PORTAL_E2E_KEEP_CLUSTER=1: the stopped cluster's logs and database stay in {_folder}");
            return;
        }

        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
        }
    }

    /// <summary>Runs cluster.sh with the command and returns its stdout lines; its stderr is in the exception when it fails.</summary>
    private async Task<IReadOnlyList<string>> RunScriptAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(_script);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in _environment)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(ScriptTimeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"cluster.sh {string.Join(' ', arguments)} did not finish within {ScriptTimeout}:\n{await stderr}");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"cluster.sh {string.Join(' ', arguments)} exited with {process.ExitCode}:\n{await stderr}\n{await stdout}");
        }

        return (await stdout).Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    private async Task<IReadOnlyList<string>> RedisAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("redis-cli") { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in (string[])["-h", "127.0.0.1", "-p", RedisPort.ToString(CultureInfo.InvariantCulture), .. arguments])
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return output.Split('\n');
    }

    private void Read(string line)
    {
        if (LbLine().Match(line) is { Success: true } lb)
        {
            LoadBalancer = new Uri(lb.Groups[1].Value + "/");
        }
        else if (NodeLine().Match(line) is { Success: true } node)
        {
            var number = int.Parse(node.Groups[1].Value, CultureInfo.InvariantCulture);
            _nodes[number] = new ClusterNode(number, new Uri(node.Groups[2].Value + "/"), int.Parse(node.Groups[3].Value, CultureInfo.InvariantCulture));
        }
    }

    private string State(string key) =>
        File.ReadLines(Path.Combine(_folder, "cluster.env"))
            .Select(line => line.Split('=', 2))
            .Single(pair => pair[0] == key)[1];

    private string ReadLog(int node, string suffix = "")
    {
        var path = Path.Combine(_folder, $"node-{node}.log{suffix}");
        if (!File.Exists(path))
        {
            return "";
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static IEnumerable<string> Errors(string log)
    {
        var lines = log.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].StartsWith("fail:", StringComparison.Ordinal) || lines[i].StartsWith("crit:", StringComparison.Ordinal))
            {
                // The level and category, and the message's first line (the stack trace follows in the log).
                yield return string.Join(" ", lines.Skip(i).Take(3).Select(l => l.Trim()));
            }
        }
    }

    private static bool IsRunning(int pid)
    {
        // A killed process whose parent has not reaped it yet is a zombie ("Z"): it no longer runs.
        var stat = $"/proc/{pid}/stat";
        try
        {
            var text = File.ReadAllText(stat);
            return text[(text.LastIndexOf(')') + 2)..].FirstOrDefault() is not ('Z' or 'X');
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static string RepositoryRoot()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Portal.sln")))
        {
            root = root.Parent;
        }

        return root?.FullName ?? throw new InvalidOperationException("Cannot find Portal.sln above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"^portal-cluster: lb (\S+)$")]
    private static partial Regex LbLine();

    [GeneratedRegex(@"^portal-cluster: node (\d+) (\S+) pid (\d+)$")]
    private static partial Regex NodeLine();

    [GeneratedRegex(@" node=(?:[^ ]*?127\.0\.0\.1:(\d+)[, :]*)+ key=")]
    private static partial Regex UpstreamPattern();

    [GeneratedRegex(@"""SiloAddress"":""127\.0\.0\.1:(\d+)@")]
    private static partial Regex SiloPattern();
}
