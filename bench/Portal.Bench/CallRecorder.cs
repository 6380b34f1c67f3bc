namespace Portal.Bench;

using System.Diagnostics;

/// <summary>
/// Collects the outcome of every call of one function in one step, from many completion threads at once.
/// Latency is measured from the call's scheduled time, so a server (or client) that falls behind shows in it.
/// </summary>
internal sealed class CallRecorder
{
    private readonly Lock _gate = new();
    private readonly List<double> _latencies = [];
    private readonly Dictionary<string, int> _errors = new(StringComparer.Ordinal);
    private int _ok;

    public void Record(long latencyTicks, string? error)
    {
        var milliseconds = latencyTicks * 1000.0 / Stopwatch.Frequency;
        lock (_gate)
        {
            _latencies.Add(milliseconds);
            if (error is null)
            {
                _ok++;
            }
            else
            {
                _errors[error] = _errors.GetValueOrDefault(error) + 1;
            }
        }
    }

    public double[] Latencies()
    {
        lock (_gate)
        {
            return [.. _latencies];
        }
    }

    public FunctionResult Summarise(FunctionSpec function, double offeredRate, double windowSeconds)
    {
        lock (_gate)
        {
            return new FunctionResult(
                function,
                offeredRate,
                _ok / windowSeconds,
                _ok,
                _errors.Values.Sum(),
                new Dictionary<string, int>(_errors),
                LatencyStats.From(_latencies));
        }
    }
}
