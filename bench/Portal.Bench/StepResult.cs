namespace Portal.Bench;

/// <summary>
/// One load step: the figures per function, how long it took to answer everything sent, and the CPU that Portal, the
/// bench and the whole machine used meanwhile (in cores, so 2.0 is the whole of a 2-core machine).
/// </summary>
internal sealed record StepResult(
    int OfferedRate,
    double WindowSeconds,
    IReadOnlyList<FunctionResult> Functions,
    LatencyStats AllLatency,
    double ServerCores,
    double BenchCores,
    double MaxSendLagMilliseconds,
    int Connections)
{
    /// <summary>When the step stopped sending early because the server fell a second behind; null if it ran its course.</summary>
    public TimeSpan? AbandonedAfter { get; init; }

    /// <summary>Cores busy on the whole machine during the step (Portal, the bench, Chromium and anything else).</summary>
    public double MachineCores { get; init; }

    /// <summary>Portal's CPU time during the step divided by the calls sent: what a call costs, however busy the machine.</summary>
    public TimeSpan ServerCpuPerCall { get; init; }

    /// <summary>Portal's threads when the step stopped sending.</summary>
    public int ServerThreads { get; init; }

    public int Sent => Functions.Sum(f => f.Succeeded + f.Errors);

    public int Errors => Functions.Sum(f => f.Errors);

    public double Throughput => Functions.Sum(f => f.Throughput);

    /// <summary>The server did not keep up: the step was abandoned, under 90 % of the offered rate was answered successfully, or over 1 % errors.</summary>
    public bool Saturated => AbandonedAfter is not null || Throughput < 0.9 * OfferedRate || Errors > 0.01 * Sent;
}
