namespace Portal.Bench;

using System.Diagnostics;

/// <summary>
/// The cluster run (--cluster N): Portal seeded once, N live sessions added, N nodes on one PostgreSQL database and a
/// private Redis; then the sessions made live across the nodes (memory and grains per node), desks opened over the
/// nodes, the closed loop spread over them, API-to-screen from one node's page to another node's API, and a kill -9
/// of one node under load (failover time, errors, lost commands).
/// </summary>
internal sealed class ClusterRun(BenchOptions options)
{
    private const int ActivationConcurrency = 32;
    private static readonly TimeSpan FailoverLimit = TimeSpan.FromSeconds(90);

    private ClusterNodes _cluster = null!;
    private string _folder = "";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var executable = options.PortalExecutable ?? PortalProcess.FindExecutable();
        if (options.ScreenSamples > 0 || options.Desks > 0)
        {
            ScreenProbe.EnsureChromium(options.Chromium);
        }

        using var workspace = new TempWorkspace(options.KeepData);
        _folder = workspace.Folder;
        await using var database = new PostgresBenchDatabase(options.Postgres!, options.KeepData);
        Report.Line($"Portal cluster benchmark, {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC; {options.Cluster} nodes on {Environment.ProcessorCount} cores; "
            + $"bench commit {GitCommit.Describe()}; load average {ProcessProbe.LoadAverage()}");
        Report.Line($"Portal.Web: {executable} (commit {GitCommit.OfExecutable(executable)})");
        Report.Line($"Database: {await database.DescribeAsync(cancellationToken)}; Redis: private redis-server");
        Report.Line($"Options: --cluster {options.Cluster} --agents {options.Agents} --desks {options.Desks} --closed-loop {string.Join(',', ClosedLoopSteps)} "
            + $"--seconds {options.Seconds} --warmup {options.WarmupSeconds} --screen-samples {options.ScreenSamples}");

        await using (await PortalProcess.StartAsync(executable, workspace.Folder, database, cancellationToken))
        {
            // One process first, alone: it migrates and seeds the database.
        }

        await database.AddLiveSessionsAsync(options.Agents, cancellationToken);
        var clock = Stopwatch.StartNew();
        _cluster = await ClusterNodes.StartAsync(executable, workspace.Folder, database, options.Cluster, cancellationToken);
        await using var cluster = _cluster;
        Report.Line();
        Report.Line($"Cluster up in {clock.Elapsed.TotalSeconds:0.0} s (node 1 healthy first, then the others), logs in {workspace.Folder}:");
        ClusterReport.Nodes(cluster.Nodes);

        await MakeLiveAsync(cancellationToken);
        var probe = options.ScreenSamples > 0 || options.Desks > 0 ? await OpenDesksAsync(cancellationToken) : null;
        try
        {
            await RunClosedLoopAsync(cancellationToken);
            if (probe is not null && options.ScreenSamples > 0)
            {
                await MeasureScreenAsync(probe, cancellationToken);
            }
        }
        finally
        {
            if (probe is not null)
            {
                // The browser's CPU would only slow the failover's nodes down.
                await probe.DisposeAsync();
            }
        }

        await RunFailoverAsync(database, cancellationToken);
        Report.Line();
        Report.Line($"Server logs: {string.Join(", ", cluster.Nodes.Select((n, i) => $"node {i + 1} {n.LoggedErrors} error lines"))}.");
    }

    private IReadOnlyList<int> ClosedLoopSteps => options.ClosedLoop.Count > 0 ? options.ClosedLoop : [16];

    /// <summary>Activates every agent's session grain through the nodes in turn, then reports each node's memory and grains.</summary>
    private async Task MakeLiveAsync(CancellationToken cancellationToken)
    {
        Report.Line();
        Report.Line($"Live sessions held: {options.Agents} restored sessions (PAUSED LOGIN), each made live by two commands (RESUME, then PAUSE):");
        foreach (var value in new[] { "RESUME", "PAUSE" })
        {
            var result = await SessionActivation.SendAsync(_cluster.Addresses, options.Agents, value, ActivationConcurrency, options.Timeout, cancellationToken);
            ClusterReport.Activation(value, options.Agents, result);
        }

        await SettleAsync(cancellationToken);
        await PrintNodesAsync(cancellationToken);
    }

    private async Task<IReadOnlyList<NodeMetrics>> PrintNodesAsync(CancellationToken cancellationToken)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        var metrics = await Task.WhenAll(_cluster.Nodes.Select(n => n.HasExited ? Task.FromResult(NodeMetrics.Empty) : NodeMetrics.ScrapeAsync(client, n.BaseAddress, cancellationToken)));
        // The last scrape of each node stays with the logs (--keep-data), to see what else it reports.
        for (var i = 0; i < metrics.Length; i++)
        {
            await File.WriteAllLinesAsync(Path.Combine(_folder, $"metrics-node-{i + 1}.txt"), metrics[i].Lines, cancellationToken);
        }

        ClusterReport.NodeHeader();
        for (var i = 0; i < metrics.Length; i++)
        {
            var node = _cluster.Nodes[i];
            ClusterReport.NodeRow(i + 1, node.HasExited ? double.NaN : ProcessProbe.MemoryMiB(node.Pid).Rss, SessionGrains(metrics[i]),
                metrics[i].Total("portal_sessions"), metrics[i].Total("orleans_catalog_activations"));
        }

        return metrics;
    }

    /// <summary>Agent session grains active on a node, from Orleans' grain counts by type.</summary>
    private static double? SessionGrains(NodeMetrics metrics) => metrics.Total("orleans_grains", "agentsession");

    private async Task<ScreenProbe> OpenDesksAsync(CancellationToken cancellationToken)
    {
        await SettleAsync(cancellationToken);
        var before = _cluster.Nodes.Sum(n => ProcessProbe.MemoryMiB(n.Pid).Rss);
        var probe = await ScreenProbe.OpenAsync(options.Chromium, _cluster.Addresses[0]);
        if (options.Desks <= 1)
        {
            return probe;
        }

        Report.Line();
        Report.Line($"Open desks: agent {DemoAccounts.ScreenAgent}'s desk in {options.Desks} tabs of one Chromium, tab i on node i mod N "
            + "(stops early when the machine has under 300 MiB available or a tab does not open within 20 s):");
        var clock = Stopwatch.StartNew();
        var (opened, stopped) = await probe.OpenDesksOnAsync(_cluster.Addresses, options.Desks - 1, () =>
            ProcessProbe.AvailableMiB() is var free && free < 300 ? $"only {free:0} MiB of memory left available" : null);
        await SettleAsync(cancellationToken);
        var after = _cluster.Nodes.Sum(n => ProcessProbe.MemoryMiB(n.Pid).Rss);
        var chromium = ProcessProbe.DescendantsMiB(Environment.ProcessId, "chrom");
        Report.Line($"  {opened + 1} of {options.Desks} desks open after {clock.Elapsed.TotalSeconds:0.0} s{(stopped is null ? "" : $"; stopped: {stopped}")}");
        Report.Line($"  nodes' VmRSS together: {before:0.0} MiB before the browser, {after:0.0} MiB with the desks open "
            + $"({(after - before) * 1024 / (opened + 1):0} KB per desk, sign-in included); Chromium: {chromium.RssMiB:0} MiB in {chromium.Processes} processes; "
            + $"machine: {ProcessProbe.AvailableMiB():0} MiB available");
        await PrintNodesAsync(cancellationToken);

        // With the tabs open Chromium takes both cores: the steps after this one would measure the browser.
        var closed = await probe.CloseOtherDesksAsync();
        await SettleAsync(cancellationToken);
        Report.Line($"  closed the {closed} extra desks again before the next steps (nodes' VmRSS together: "
            + $"{_cluster.Nodes.Sum(n => ProcessProbe.MemoryMiB(n.Pid).Rss):0.0} MiB)");
        return probe;
    }

    private async Task RunClosedLoopAsync(CancellationToken cancellationToken)
    {
        var plan = new RequestPlan(_cluster.Addresses[0], FunctionSpec.ParseList("external_pause"), options.Agents);
        var loop = new ClosedLoop(plan, options.Agents, [.. _cluster.Nodes.Select(n => n.Pid)], options.Timeout, _cluster.Addresses);
        if (options.WarmupSeconds > 0)
        {
            await loop.RunAsync(ClosedLoopSteps[0], TimeSpan.FromSeconds(options.WarmupSeconds), null, cancellationToken);
        }

        Report.ClosedHeader(options.Agents);
        Report.Line($"(cluster: connection i sends to node i mod {options.Cluster}; CPU ms = all nodes' CPU per call)");
        foreach (var connections in ClosedLoopSteps)
        {
            await SettleAsync(cancellationToken);
            Report.ClosedStep(await loop.RunAsync(connections, TimeSpan.FromSeconds(options.Seconds), null, cancellationToken));
        }
    }

    private async Task MeasureScreenAsync(ScreenProbe probe, CancellationToken cancellationToken)
    {
        await SettleAsync(cancellationToken);
        Report.ScreenHeader();
        Report.Line("(desk page on node 1; the call sent to the same node from the page, or to node 2 from the bench, whose change");
        Report.Line(" reaches node 1 over Redis; node 2's samples are timed on the wall clock, to the millisecond)");
        Report.Screen("idle, same node", await probe.MeasureAsync(options.ScreenSamples, () => false, cancellationToken));
        if (options.Cluster > 1)
        {
            Report.Screen("idle, API on node 2", await probe.MeasureAsync(options.ScreenSamples, () => false, cancellationToken, _cluster.Addresses[1]));
        }
    }

    /// <summary>Kills the non-first node holding the most session grains, under a closed loop through the others.</summary>
    private async Task RunFailoverAsync(BenchDatabase database, CancellationToken cancellationToken)
    {
        if (options.Cluster < 2)
        {
            return;
        }

        await SettleAsync(cancellationToken);
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        var grains = await Task.WhenAll(_cluster.Nodes.Select(async n => SessionGrains(await NodeMetrics.ScrapeAsync(client, n.BaseAddress, cancellationToken)) ?? 0));
        var victim = Enumerable.Range(1, options.Cluster - 1).MaxBy(i => grains[i]);
        var node = _cluster.Nodes[victim];
        var survivors = _cluster.Addresses.Where((_, i) => i != victim).ToList();
        var connections = ClosedLoopSteps[0];
        var states = await database.ReadBenchAgentStatesAsync(cancellationToken);
        var result = await new FailoverLoop(options.Agents, options.Timeout).RunAsync(
            survivors, states, connections, TimeSpan.FromSeconds(Math.Max(2, options.Seconds)),
            ($"node {victim + 1} (pid {node.Pid})", (int)grains[victim], node.Kill), FailoverLimit,
            () => database.ReadBenchAgentStatesAsync(cancellationToken), cancellationToken);
        ClusterReport.Failover(result, options.Agents, connections);
        Report.Line("After the failover:");
        await PrintNodesAsync(cancellationToken);
    }

    /// <summary>Waits until the nodes together are idle (under 0.3 cores for half a second, at most 2 minutes).</summary>
    private async Task SettleAsync(CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var window = TimeSpan.FromMilliseconds(500);
        TimeSpan Cpu() => _cluster.Live.Aggregate(TimeSpan.Zero, (sum, n) => sum + ProcessProbe.CpuTime(n.Pid));
        while (clock.Elapsed < TimeSpan.FromMinutes(2))
        {
            var before = Cpu();
            await Task.Delay(window, cancellationToken);
            if ((Cpu() - before) / window < 0.3)
            {
                break;
            }
        }
    }
}
