namespace Portal.Bench;

/// <summary>
/// Every request URI built once up front, and the order to send them in: functions interleaved by weight, agents
/// round-robin, and external_pause alternating RESUME/PAUSE per agent (restored agents start PAUSED LOGIN) for the
/// whole run. Used by one scheduling loop at a time, so it needs no locking.
/// </summary>
internal sealed class RequestPlan
{
    private readonly PlannedFunction[] _functions;
    private readonly int[] _order;
    private long _next;

    public RequestPlan(Uri baseAddress, IReadOnlyList<FunctionSpec> specs, int agents)
    {
        _functions = [.. specs.Select(spec => new PlannedFunction(spec, BuildUris(baseAddress, spec, agents)))];
        _order = Interleave([.. specs.Select(s => s.Weight)]);
    }

    public IReadOnlyList<FunctionSpec> Functions => [.. _functions.Select(f => f.Spec)];

    /// <summary>The next call in the mix: which function (index into <see cref="Functions"/>) and its URI.</summary>
    public (int Function, Uri Uri) Next()
    {
        var function = NextFunction();
        return (function, NextUri(function));
    }

    /// <summary>Which function comes next in the mix, without choosing an agent (the closed loop chooses those).</summary>
    public int NextFunction() => _order[_next++ % _order.Length];

    /// <summary>The next call of one function.</summary>
    public Uri NextUri(int function) => _functions[function].NextUri();

    /// <summary>
    /// The next call of one function for one agent (RESUME/PAUSE alternate per agent). Safe from many threads as long
    /// as no two of them use the same agent at once, which the closed loop guarantees.
    /// </summary>
    public Uri NextUri(int function, int agent) => _functions[function].NextUri(agent);

    /// <summary>Smooth weighted round-robin, so a 9:1 mix sends the rarer function evenly spread, not in bursts.</summary>
    private static int[] Interleave(int[] weights)
    {
        var current = new int[weights.Length];
        var total = weights.Sum();
        var order = new int[total];
        for (var slot = 0; slot < total; slot++)
        {
            var best = 0;
            for (var i = 0; i < weights.Length; i++)
            {
                current[i] += weights[i];
                if (current[i] > current[best])
                {
                    best = i;
                }
            }

            current[best] -= total;
            order[slot] = best;
        }

        return order;
    }

    private static Uri[] BuildUris(Uri baseAddress, FunctionSpec spec, int agents)
    {
        var common = $"agc/api.php?source={DemoAccounts.LoadSource}&user={DemoAccounts.ApiUser}&pass={DemoAccounts.ApiPassword}";
        if (!spec.TargetsAgent)
        {
            return [new Uri(baseAddress, $"{common}&function={spec.Name}{ValueParameter(spec.Value)}")];
        }

        string[] values = spec.AlternatesPause ? ["RESUME", "PAUSE"] : [spec.Value ?? ""];
        return [.. Enumerable.Range(0, agents).SelectMany(agent => values.Select(value => new Uri(baseAddress,
            $"{common}&agent_user={DemoAccounts.BenchAgent(agent)}&function={spec.Name}{ValueParameter(value)}")))];
    }

    private static string ValueParameter(string? value) => string.IsNullOrEmpty(value) ? "" : $"&value={Uri.EscapeDataString(value)}";

    private sealed class PlannedFunction(FunctionSpec spec, Uri[] uris)
    {
        private readonly int _agents = spec.TargetsAgent ? uris.Length / (spec.AlternatesPause ? 2 : 1) : 1;
        private readonly long[] _callsPerAgent = new long[uris.Length];
        private long _calls;

        public FunctionSpec Spec => spec;

        public Uri NextUri() => NextUri((int)(_calls++ % _agents));

        public Uri NextUri(int agent)
        {
            if (!spec.TargetsAgent)
            {
                return uris[0];
            }

            if (!spec.AlternatesPause)
            {
                return uris[agent];
            }

            var toggle = (int)(_callsPerAgent[agent]++ % 2);
            return uris[(agent * 2) + toggle];
        }
    }
}
