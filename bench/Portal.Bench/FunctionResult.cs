namespace Portal.Bench;

/// <summary>One function's figures in one step. Throughput counts successful calls only.</summary>
internal sealed record FunctionResult(
    FunctionSpec Function,
    double OfferedRate,
    double Throughput,
    int Succeeded,
    int Errors,
    IReadOnlyDictionary<string, int> ErrorKinds,
    LatencyStats Latency)
{
    /// <summary>Portal's CPU time per call while this function ran alone (service-time run only).</summary>
    public TimeSpan? ServerCpuPerCall { get; init; }
}
