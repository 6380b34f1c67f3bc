namespace Portal.Bench;

/// <summary>The fsyncs of one step: how many per second, the time spent in them, and where they happened.</summary>
internal sealed record FsyncWindow(IReadOnlyList<FsyncCall> Calls, double Seconds)
{
    public double PerSecond => Seconds > 0 ? Calls.Count / Seconds : 0;

    public double TotalMilliseconds => Calls.Where(c => !double.IsNaN(c.Seconds)).Sum(c => c.Seconds) * 1000;

    public double MaxMilliseconds => Calls.Where(c => !double.IsNaN(c.Seconds)).Select(c => c.Seconds * 1000).DefaultIfEmpty(0).Max();

    /// <summary>"thread/file: count (ms in all)" for each thread and file, most first.</summary>
    public string Where() => string.Join(", ", Calls.GroupBy(c => $"{c.Thread} {c.Call} {c.File}")
        .OrderByDescending(g => g.Count())
        .Select(g => $"{g.Key} x{g.Count()} ({g.Where(c => !double.IsNaN(c.Seconds)).Sum(c => c.Seconds) * 1000:0} ms)"));
}
