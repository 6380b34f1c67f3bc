namespace Portal.Bench;

/// <summary>One closed-loop step: per function and overall figures, Portal's CPU, and the fsyncs Portal made meanwhile.</summary>
internal sealed record ClosedStepResult(
    int Connections,
    double WindowSeconds,
    IReadOnlyList<FunctionResult> Functions,
    LatencyStats AllLatency,
    TimeSpan ServerCpuPerCall,
    double ServerCores,
    double MachineCores,
    FsyncWindow? Fsyncs)
{
    public int Calls => Functions.Sum(f => f.Succeeded + f.Errors);

    public int Errors => Functions.Sum(f => f.Errors);

    public double Throughput => Functions.Sum(f => f.Throughput);
}
