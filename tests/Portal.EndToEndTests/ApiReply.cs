namespace Portal.EndToEndTests;

/// <summary>
/// One Agent API call of an <see cref="ApiLoad"/>: what was sent, when (since the load's clock started) and what came
/// back; <see cref="Status"/> is null when no HTTP reply came at all.
/// </summary>
public sealed record ApiReply(string Agent, int Sequence, string Value, string Source, TimeSpan Sent, TimeSpan Received, int? Status, string Body)
{
    public bool IsSuccess => Status == 200 && Body.StartsWith("SUCCESS:", StringComparison.Ordinal);

    /// <summary>The state a successful external_pause leaves the agent in, as desks and wallboards show it.</summary>
    public string StateText => Value == "RESUME" ? "READY" : "PAUSED";

    public override string ToString() =>
        $"{Agent} #{Sequence} {Value} sent {Sent.TotalSeconds:0.000}s replied {Received.TotalSeconds:0.000}s: {Status?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "no reply"} {Shortened}";

    /// <summary>The body's first line, at most 200 characters (an error page can be long).</summary>
    private string Shortened => Body.Trim().Split('\n')[0] is var line && line.Length > 200 ? line[..200] + "…" : line;
}
