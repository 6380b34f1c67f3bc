namespace Portal.Bench;

using System.Globalization;

/// <summary>
/// One node's /metrics (OpenTelemetry's Prometheus text), summed by metric name over its labels, e.g. Orleans' grain
/// activations or Portal's portal_sessions. Only the figures the cluster report needs are read.
/// </summary>
internal sealed class NodeMetrics(IReadOnlyDictionary<string, double> totals, IReadOnlyList<string> lines)
{
    public static NodeMetrics Empty { get; } = new(new Dictionary<string, double>(), []);

    /// <summary>Every line of the scrape, to find a series by its labels.</summary>
    public IReadOnlyList<string> Lines => lines;

    public static async Task<NodeMetrics> ScrapeAsync(HttpClient client, Uri node, CancellationToken cancellationToken)
    {
        string text;
        try
        {
            text = await client.GetStringAsync(new Uri(node, "metrics"), cancellationToken);
        }
        catch (HttpRequestException)
        {
            return Empty;
        }

        var totals = new Dictionary<string, double>(StringComparer.Ordinal);
        var series = text.Split('\n').Where(l => l.Length > 0 && l[0] != '#').ToList();
        foreach (var line in series)
        {
            var space = line.LastIndexOf(' ');
            var name = line[..Math.Max(0, line.IndexOfAny(['{', ' ']))];
            if (space > 0 && double.TryParse(line[(space + 1)..], NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                totals[name] = totals.GetValueOrDefault(name) + value;
            }
        }

        return new NodeMetrics(totals, series);
    }

    /// <summary>The sum of a metric's series, or null when the node does not report it.</summary>
    public double? Total(string name) => totals.TryGetValue(name, out var value) ? value : null;

    /// <summary>The sum of a metric's series whose labels contain <paramref name="label"/>, e.g. type="...AgentSessionGrain".</summary>
    public double? Total(string name, string label)
    {
        var matching = lines.Where(l => l.StartsWith(name + "{", StringComparison.Ordinal) && l.Contains(label, StringComparison.OrdinalIgnoreCase)).ToList();
        return matching.Count == 0 ? null
            : matching.Sum(l => double.Parse(l[(l.LastIndexOf(' ') + 1)..], NumberStyles.Float, CultureInfo.InvariantCulture));
    }
}
