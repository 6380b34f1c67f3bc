namespace Portal.Bench;

using System.Reflection;
using System.Runtime.InteropServices;

/// <summary>
/// The whole run: Portal started once to create and seed its database, N live sessions added, Portal started again
/// (restoring them), the idle API-to-screen run, the load steps, the API-to-screen run under load, and the checks
/// after Portal stops (every answered call audited).
/// </summary>
internal sealed class BenchRun(BenchOptions options)
{
    /// <summary>The reported steps at increasing rates.</summary>
    private readonly List<StepResult> _steps = [];

    /// <summary>Every load call (warm-up, service times, steps), for the audit check.</summary>
    private readonly CallTally _loadCalls = new();
    private int _screenCalls;
    private int _portalPid;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var executable = options.PortalExecutable ?? PortalProcess.FindExecutable();
        if (options.ScreenSamples > 0)
        {
            ScreenProbe.EnsureChromium(options.Chromium);
        }

        using var workspace = new TempWorkspace(options.KeepData);
        await using BenchDatabase database = options.Postgres is { } server
            ? new PostgresBenchDatabase(server, options.KeepData)
            : new SqliteBenchDatabase(workspace.DatabasePath);
        await PrintHeaderAsync(executable, database, cancellationToken);

        TimeSpan firstStart;
        await using (var first = await PortalProcess.StartAsync(executable, workspace.Folder, database, cancellationToken))
        {
            firstStart = first.StartupTime;
        }

        await database.AddLiveSessionsAsync(options.Agents, cancellationToken);
        var fsyncs = options.Strace ? new FsyncTrace(Path.Combine(workspace.Folder, "fsync.trace")) : null;
        await using var portal = await PortalProcess.StartAsync(executable, workspace.Folder, database, cancellationToken, fsyncs);
        _portalPid = portal.Pid;
        var before = ProcessProbe.MemoryMiB(portal.Pid);
        var liveRows = await database.CountLiveSessionsAsync(cancellationToken);
        Report.Line($"Start-up: {firstStart.TotalSeconds:0.0} s with migrations and demo seed; {portal.StartupTime.TotalSeconds:0.0} s restoring "
            + $"{options.Agents} added live sessions (server log: restored {(object?)portal.RestoredSessions ?? "?"}; "
            + $"LiveSessions rows: {liveRows}).");
        Report.Line($"Portal memory before load: VmRSS {before.Rss:0.0} MiB, {ProcessProbe.Threads(portal.Pid)} threads (pid {portal.Pid}).");

        await using var probe = options.ScreenSamples > 0 || options.Desks > 0 ? await OpenDesksAsync(portal, cancellationToken) : null;
        var plan = new RequestPlan(portal.BaseAddress, options.Functions, options.Agents);
        var generator = new LoadGenerator(plan, portal.Pid, options.Connections, options.Timeout);
        await WarmUpAsync(generator, cancellationToken);
        await RunClosedLoopAsync(new ClosedLoop(plan, options.Agents, [portal.Pid], options.Timeout), fsyncs, cancellationToken);
        var idleScreen = probe is null || options.ScreenSamples == 0 ? null : await MeasureScreenAsync(probe, () => false, cancellationToken);
        if (idleScreen is not null)
        {
            var withPage = ProcessProbe.MemoryMiB(portal.Pid);
            Report.Line($"Portal memory with agent {DemoAccounts.ScreenAgent}'s desk open, after the idle API-to-screen run: VmRSS {withPage.Rss:0.0} MiB.");
        }

        await RunLoadStepsAsync(generator, cancellationToken);

        Report.ScreenHeader();
        if (idleScreen is not null)
        {
            Report.Screen("idle server", idleScreen);
        }

        if (probe is not null && options.OpenLoopRates.Count > 0 && ChooseScreenLoadRate() is var (rate, why) && rate > 0)
        {
            var (step, screen) = await RunScreenUnderLoadAsync(generator, probe, rate, cancellationToken);
            Report.Screen($"under load {rate}/s", screen);
            Report.Line($"{"",-22} ({why}; the load step during it:)");
            Report.LoadHeader();
            Report.Step(step, $"{rate}/s");
        }
        else if (probe is null)
        {
            Report.Line("(no browser: --screen-samples 0)");
        }

        await PrintAfterAsync(portal, database, cancellationToken);
    }

    private async Task PrintHeaderAsync(string executable, BenchDatabase database, CancellationToken cancellationToken)
    {
        var configuration = typeof(BenchRun).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration;
        Report.Line($"Portal benchmark, {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC; {configuration} build; {Environment.ProcessorCount} cores; "
            + $"{RuntimeInformation.FrameworkDescription}; bench commit {GitCommit.Describe()}; load average {ProcessProbe.LoadAverage()}");
        Report.Line($"Portal.Web: {executable} (commit {GitCommit.OfExecutable(executable)})");
        Report.Line($"Database: {await database.DescribeAsync(cancellationToken)}");
        Report.Line($"Options: --agents {options.Agents} --rates {string.Join(',', options.OpenLoopRates)} --closed-loop {string.Join(',', options.ClosedLoop)} "
            + $"--seconds {options.Seconds} --warmup {options.WarmupSeconds} --functions {string.Join(',', options.Functions.Select(f => $"{f.Label}:{f.Weight}"))} "
            + $"--screen-samples {options.ScreenSamples} --desks {options.Desks}; fsyncs {FsyncNote()}");
    }

    private string FsyncNote() =>
        options.Strace ? "counted with strace --seccomp-bpf"
        : options.Postgres is not null ? "not counted (on PostgreSQL they are the server's, not Portal's)"
        : "not counted";

    /// <summary>A closed-loop warm-up, then each function's service time one call at a time.</summary>
    private async Task WarmUpAsync(LoadGenerator generator, CancellationToken cancellationToken)
    {
        if (options.WarmupSeconds > 0)
        {
            const int Workers = 16;
            var warm = await generator.WarmUpAsync(Workers, TimeSpan.FromSeconds(options.WarmupSeconds), cancellationToken);
            _loadCalls.Add([warm]);
            Report.Line();
            Report.Line($"Warm-up (closed loop, {Workers} callers, {options.WarmupSeconds} s, not reported below): {warm.Throughput:0.0} calls/s answered "
                + $"successfully, {warm.Errors} errors, p50 {warm.Latency.P50:0.0} ms, p99 {warm.Latency.P99:0.0} ms.");
        }

        const int ServiceTimeCalls = 20;
        await SettleAsync(cancellationToken);
        var serviceTimes = await generator.MeasureServiceTimeAsync(ServiceTimeCalls, cancellationToken);
        _loadCalls.Add(serviceTimes);
        Report.ServiceTimes(serviceTimes, ServiceTimeCalls);
    }

    /// <summary>
    /// Opens agent 1001's desk (and with --desks N, N tabs of it in all) and reports Portal's memory per open desk: the
    /// growth of its resident set from one open desk to N, over N - 1, each reading taken once Portal is idle. The first
    /// desk also pays for one-time costs (sign-in, code loaded and compiled on first use), so it is reported apart.
    /// </summary>
    private async Task<ScreenProbe> OpenDesksAsync(PortalProcess portal, CancellationToken cancellationToken)
    {
        await SettleAsync(cancellationToken);
        var before = ProcessProbe.MemoryMiB(portal.Pid).Rss;
        var probe = await ScreenProbe.OpenAsync(options.Chromium, portal.BaseAddress);
        if (options.Desks > 1)
        {
            await SettleAsync(cancellationToken);
            var one = ProcessProbe.MemoryMiB(portal.Pid).Rss;
            var heapOne = await ManagedHeap.MiBAsync(portal.Pid);
            await probe.OpenMoreDesksAsync(options.Desks - 1);
            await SettleAsync(cancellationToken);
            var all = ProcessProbe.MemoryMiB(portal.Pid).Rss;
            var heapAll = await ManagedHeap.MiBAsync(portal.Pid);
            Report.Line($"Memory per open agent desk (agent {DemoAccounts.ScreenAgent}'s desk in {options.Desks} tabs, each its own circuit): VmRSS "
                + $"{before:0.0} MiB before the browser, {one:0.0} MiB with the first desk (sign-in and first use included), {all:0.0} MiB with "
                + $"{options.Desks}: {(all - one) * 1024 / (options.Desks - 1):0} KB per further desk.");
            Report.Line(heapOne is { } h1 && heapAll is { } hAll
                ? $"  Live managed heap after a full GC (dotnet-gcdump): {h1:0.0} MiB with one desk, {hAll:0.0} MiB with {options.Desks}: "
                    + $"{(hAll - h1) * 1024 / (options.Desks - 1):0} KB per further desk."
                : "  (live managed heap per desk: install dotnet-gcdump or set PORTAL_GCDUMP to measure it)");
        }

        return probe;
    }

    private async Task RunClosedLoopAsync(ClosedLoop loop, FsyncTrace? fsyncs, CancellationToken cancellationToken)
    {
        if (options.ClosedLoop.Count == 0)
        {
            return;
        }

        Report.ClosedHeader(options.Agents);
        foreach (var connections in options.ClosedLoop)
        {
            await SettleAsync(cancellationToken);
            var step = await loop.RunAsync(connections, TimeSpan.FromSeconds(options.Seconds), fsyncs, cancellationToken);
            cancellationToken.ThrowIfCancellationRequested();
            _loadCalls.Add(step.Functions);
            Report.ClosedStep(step);
        }
    }

    private async Task RunLoadStepsAsync(LoadGenerator generator, CancellationToken cancellationToken)
    {
        if (options.OpenLoopRates.Count == 0)
        {
            return;
        }

        Report.LoadHeader();
        foreach (var rate in options.OpenLoopRates)
        {
            await SettleAsync(cancellationToken);
            var step = await generator.RunStepAsync(rate, TimeSpan.FromSeconds(options.Seconds), cancellationToken);
            cancellationToken.ThrowIfCancellationRequested();
            _loadCalls.Add(step.Functions);
            _steps.Add(step);
            Report.Step(step, $"{rate}/s");
            if (step.Saturated && !options.KeepGoing && rate != options.OpenLoopRates[^1])
            {
                Report.Line($"{"",-8} saturated: higher rates skipped (--keep-going runs them anyway)");
                break;
            }
        }
    }

    /// <summary>The rate asked for, else the highest measured step that kept up, else the lowest step.</summary>
    private (int Rate, string Why) ChooseScreenLoadRate()
    {
        if (options.ScreenLoadRate is { } asked)
        {
            return (asked, "--screen-load-rate");
        }

        return _steps.Where(s => !s.Saturated).Select(s => s.OfferedRate).DefaultIfEmpty().Max() is > 0 and var best
            ? (best, "the highest step that kept up")
            : (options.OpenLoopRates[0], "every step saturated, so the lowest rate");
    }

    private async Task<(StepResult Step, ScreenResult Screen)> RunScreenUnderLoadAsync(
        LoadGenerator generator, ScreenProbe probe, int rate, CancellationToken cancellationToken)
    {
        await SettleAsync(cancellationToken);
        var load = generator.RunStepAsync(rate, TimeSpan.FromSeconds(options.Seconds), cancellationToken);
        // Let the load reach its rate before the first sample.
        await Task.Delay(TimeSpan.FromSeconds(Math.Min(1, options.Seconds / 4.0)), cancellationToken);
        var screen = await MeasureScreenAsync(probe, () => load.IsCompleted, cancellationToken);
        var step = await load;
        _loadCalls.Add(step.Functions);
        return (step, screen);
    }

    private async Task<ScreenResult> MeasureScreenAsync(ScreenProbe probe, Func<bool> stop, CancellationToken cancellationToken)
    {
        var result = await probe.MeasureAsync(options.ScreenSamples, stop, cancellationToken);
        _screenCalls += result.Shown.Count + result.Failures;
        cancellationToken.ThrowIfCancellationRequested();
        return result;
    }

    private async Task PrintAfterAsync(PortalProcess portal, BenchDatabase database, CancellationToken cancellationToken)
    {
        var after = ProcessProbe.MemoryMiB(portal.Pid);
        var liveRows = await database.CountLiveSessionsAsync(cancellationToken);
        Report.Line();
        Report.Line($"Portal memory after load: VmRSS {after.Rss:0.0} MiB, peak (VmHWM) {after.Peak:0.0} MiB; "
            + $"LiveSessions rows: {liveRows}.");

        // Portal writes audit rows in the background; a graceful stop (SIGTERM) flushes them.
        await portal.StopAsync();
        var loadRows = await database.CountAuditRowsAsync(DemoAccounts.LoadSource, cancellationToken);
        var screenRows = await database.CountAuditRowsAsync(DemoAccounts.ScreenSource, cancellationToken);
        Report.Line($"Audit (ApiLog rows after a graceful stop): {loadRows} for the load's calls, of which {_loadCalls.Answered} were answered "
            + $"and {_loadCalls.Unanswered} timed out or failed to connect (Portal may still finish and audit those); {screenRows} for {_screenCalls} calls from the browser.");
        Report.Line($"Server log: {portal.LoggedErrors} error lines.");
        foreach (var line in portal.ErrorLines.Take(3))
        {
            Report.Line($"  {line[..Math.Min(line.Length, 300)]}");
        }
    }

    /// <summary>
    /// Waits until Portal is idle (under 0.2 cores for half a second, at most 2 minutes), so one step's backlog,
    /// including work for calls the client already gave up on, does not spill into the next.
    /// </summary>
    private async Task SettleAsync(CancellationToken cancellationToken)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var window = TimeSpan.FromMilliseconds(500);
        while (clock.Elapsed < TimeSpan.FromMinutes(2))
        {
            var before = ProcessProbe.CpuTime(_portalPid);
            await Task.Delay(window, cancellationToken);
            if ((ProcessProbe.CpuTime(_portalPid) - before) / window < 0.2)
            {
                break;
            }
        }

        if (clock.Elapsed > TimeSpan.FromSeconds(2))
        {
            Report.Line($"{"",-8} (waited {clock.Elapsed.TotalSeconds:0} s for Portal to go idle, under 0.2 cores)");
        }
    }
}
