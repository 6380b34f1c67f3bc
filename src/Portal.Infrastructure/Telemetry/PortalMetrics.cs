namespace Portal.Infrastructure.Telemetry;

using System.Diagnostics.Metrics;

/// <summary>
/// Portal's own measurements, on the meter <see cref="MeterName"/> (exported at <c>/metrics</c> in Prometheus' format
/// by the web host): commands sent to agent sessions by source and result, API calls by surface and result, and how
/// long a session change takes to reach this node's subscribers. Gauges that read live state are in
/// <see cref="PortalGauges"/>.
/// </summary>
public static class PortalMetrics
{
    public const string MeterName = "Portal";

    internal static readonly Meter Meter = new(MeterName);

    private static readonly AsyncLocal<string?> CurrentSource = new();

    private static readonly Counter<long> Commands = Meter.CreateCounter<long>(
        "portal.commands", unit: "{command}", description: "Commands sent to agent sessions from this node, by source and result.");

    private static readonly Counter<long> ApiCalls = Meter.CreateCounter<long>(
        "portal.api.calls", unit: "{call}", description: "Audited API calls answered by this node, by surface and result.");

    private static readonly Histogram<double> PushLatency = Meter.CreateHistogram(
        "portal.push.latency", unit: "ms",
        description: "From a session change's commit to this node's subscribers (desks, wallboards, hub) having it; origin says whether it was made on this node or another.",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.5, 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 5000] });

    /// <summary>
    /// Where the commands of the current request or screen come from (agent_api, contactnow, rest, hub, screen); the
    /// web host sets it per request. Anything else (routing, timers, the PBX) counts as <c>system</c>.
    /// </summary>
    public static string? Source
    {
        get => CurrentSource.Value;
        set => CurrentSource.Value = value;
    }

    public static void CommandSent(bool accepted) =>
        Commands.Add(1, new("source", Source ?? "system"), new("result", accepted ? "accepted" : "refused"));

    public static void ApiCalled(string surface, string result) =>
        ApiCalls.Add(1, new("surface", surface), new("result", result));

    public static void ChangeDelivered(TimeSpan latency, bool fromOtherNode) =>
        PushLatency.Record(latency.TotalMilliseconds, new KeyValuePair<string, object?>("origin", fromOtherNode ? "other_node" : "this_node"));
}
