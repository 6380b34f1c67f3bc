namespace Portal.Bench;

/// <summary>Prints the bench's figures as plain-text tables (milliseconds, calls per second; the invariant culture, InvariantGlobalization).</summary>
internal static class Report
{
    public static void Line(string text = "") => Console.WriteLine(text);

    public static void LoadHeader()
    {
        Line();
        Line("API load: GET /agc/api.php from this process, open loop; latency from each call's scheduled send time;");
        Line("error = timeout, non-200, or a body not starting with SUCCESS/VERSION; achieved/s counts successful calls.");
        Line($"{"step",-8} {"function",-28} {"offered/s",9} {"achieved/s",10} {"errors",7} {"p50 ms",8} {"p95 ms",8} {"p99 ms",8} {"max ms",8}");
    }

    public static void ServiceTimes(IReadOnlyList<FunctionResult> functions, int calls)
    {
        Line();
        Line($"Service time, one call at a time on one connection ({calls} calls per function, after the warm-up):");
        Line($"{"",-8} {"function",-28} {"calls/s",9} {"CPU ms",10} {"errors",7} {"p50 ms",8} {"p95 ms",8} {"p99 ms",8} {"max ms",8}   (CPU ms: Portal's CPU time per call)");
        foreach (var f in functions)
        {
            var cpu = f.ServerCpuPerCall?.TotalMilliseconds ?? double.NaN;
            Line($"{"",-8} {f.Function.Label,-28} {f.Throughput,9:0.0} {cpu,10:0.00} {f.Errors,7} {Ms(f.Latency.P50)} {Ms(f.Latency.P95)} {Ms(f.Latency.P99)} {Ms(f.Latency.Max)}");
            foreach (var (kind, count) in f.ErrorKinds.Take(3))
            {
                Line($"{"",-8} {count,7} x {kind}");
            }
        }
    }

    public static void Step(StepResult step, string label)
    {
        var first = true;
        foreach (var f in step.Functions)
        {
            Row(first ? label : "", f.Function.Label, f.OfferedRate, f.Throughput, f.Errors, f.Latency);
            first = false;
        }

        if (step.Functions.Count > 1)
        {
            Row("", "all", step.OfferedRate, step.Throughput, step.Errors, step.AllLatency);
        }

        var others = Math.Max(0, step.MachineCores - step.ServerCores - step.BenchCores);
        Line($"{"",-8} CPU cores busy: Portal {step.ServerCores:0.00}, bench {step.BenchCores:0.00}, other processes {others:0.00} "
            + $"(machine {step.MachineCores:0.00} of {Environment.ProcessorCount})" + (step.Saturated ? "  << SATURATED" : ""));
        Line($"{"",-8} Portal CPU per call sent {step.ServerCpuPerCall.TotalMilliseconds:0.00} ms, {step.ServerThreads} threads; {step.Connections} connections, {step.Sent} calls done "
            + $"in {step.WindowSeconds:0.0} s, max send lag {step.MaxSendLagMilliseconds:0.0} ms");
        if (step.AbandonedAfter is { } abandoned)
        {
            Line($"{"",-8} stopped sending after {abandoned.TotalSeconds:0.0} s: a second's worth of calls ({step.OfferedRate}) was unanswered");
        }
        foreach (var (kind, count) in step.Functions.SelectMany(f => f.ErrorKinds.Select(e => ($"{f.Function.Label}: {e.Key}", e.Value))).Take(6))
        {
            Line($"{"",-8} {count,7} x {kind}");
        }
    }

    public static void ClosedHeader(int agents)
    {
        Line();
        Line($"Closed loop (wrk-like): each connection sends its next call when the last is answered; at most one call per agent in");
        Line($"flight ({agents} agents), so each agent's RESUME/PAUSE stay in order; latency from send to answer; CPU ms = Portal's CPU per call.");
        Line($"{"conns",-8} {"function",-28} {"calls/s",9} {"errors",7} {"p50 ms",8} {"p99 ms",8} {"p99.9 ms",8} {"max ms",8} {"CPU ms",7} {"fsync/s",8}");
    }

    public static void ClosedStep(ClosedStepResult step)
    {
        var first = true;
        var fsyncs = step.Fsyncs is { } f ? $"{f.PerSecond,8:0.0}" : $"{"-",8}";
        foreach (var function in step.Functions)
        {
            ClosedRow(first ? $"{step.Connections}" : "", function.Function.Label, function.Throughput, function.Errors, function.Latency, step.ServerCpuPerCall, first ? fsyncs : "");
            first = false;
        }

        if (step.Functions.Count > 1)
        {
            ClosedRow("", "all", step.Throughput, step.Errors, step.AllLatency, step.ServerCpuPerCall, "");
        }

        Line($"{"",-8} CPU cores busy: Portal {step.ServerCores:0.00} (machine {step.MachineCores:0.00} of {Environment.ProcessorCount}); {step.Calls} calls in {step.WindowSeconds:0.0} s");
        if (step.Fsyncs is { } window)
        {
            Line($"{"",-8} fsyncs: {window.Calls.Count} in {window.Seconds:0.0} s, {window.TotalMilliseconds:0} ms in all, longest {window.MaxMilliseconds:0.0} ms; {window.Where()}");
        }

        foreach (var (kind, count) in step.Functions.SelectMany(f => f.ErrorKinds.Select(e => ($"{f.Function.Label}: {e.Key}", e.Value))).Take(6))
        {
            Line($"{"",-8} {count,7} x {kind}");
        }
    }

    private static void ClosedRow(string step, string function, double throughput, int errors, LatencyStats latency, TimeSpan cpu, string fsyncs) =>
        Line($"{step,-8} {function,-28} {throughput,9:0.0} {errors,7} {Ms(latency.P50)} {Ms(latency.P99)} {Ms(latency.P999)} {Ms(latency.Max)} {cpu.TotalMilliseconds,7:0.00} {fsyncs}");

    public static void ScreenHeader()
    {
        Line();
        Line($"API-to-screen: agent {DemoAccounts.ScreenAgent}'s desk in Chromium; in the page, fetch external_pause RESUME/PAUSE and time until the");
        Line("'Agent state' element shows READY/PAUSED (MutationObserver, page clock). Also: until the API reply, and until the next frame.");
        Line($"{"run",-22} {"samples",7} {"failed",6} {"median",8} {"p95",8} {"p99",8} {"max",8} | {"reply p50",9} {"reply p99",9} | {"frame p50",9} {"frame p99",9}");
    }

    public static void Screen(string label, ScreenResult r)
    {
        Line($"{label,-22} {r.Shown.Count,7} {r.Failures,6} {Ms(r.Shown.P50)} {Ms(r.Shown.P95)} {Ms(r.Shown.P99)} {Ms(r.Shown.Max)} | "
            + $"{Ms(r.Replied.P50),9} {Ms(r.Replied.P99),9} | {Ms(r.Painted.P50),9} {Ms(r.Painted.P99),9}   (ms)");
        if (r.FirstFailure is not null)
        {
            Line($"{"",-22} first failure: {r.FirstFailure}");
        }
    }

    private static void Row(string step, string function, double offered, double achieved, int errors, LatencyStats latency) =>
        Line($"{step,-8} {function,-28} {offered,9:0.0} {achieved,10:0.0} {errors,7} {Ms(latency.P50)} {Ms(latency.P95)} {Ms(latency.P99)} {Ms(latency.Max)}");

    private static string Ms(double value) => double.IsNaN(value) ? "       -" : $"{value,8:0.00}";
}
