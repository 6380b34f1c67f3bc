namespace Portal.Bench;

/// <summary>The cluster run's own lines, in the style of <see cref="Report"/>.</summary>
internal static class ClusterReport
{
    public static void Nodes(IReadOnlyList<PortalProcess> nodes)
    {
        foreach (var (node, i) in nodes.Select((n, i) => (n, i)))
        {
            Report.Line($"  node {i + 1}: {node.BaseAddress} pid {node.Pid}, started in {node.StartupTime.TotalSeconds:0.0} s, "
                + $"restored {(object?)node.RestoredSessions ?? "?"} live sessions into its replica");
        }
    }

    public static void Activation(string value, int agents, (int Succeeded, IReadOnlyDictionary<string, int> Errors, TimeSpan Took) result)
    {
        Report.Line($"  external_pause {value,-6} to each agent, agent i through node i mod N: {result.Succeeded} of {agents} answered SUCCESS "
            + $"in {result.Took.TotalSeconds:0.0} s");
        foreach (var (kind, count) in result.Errors.Take(3))
        {
            Report.Line($"  {count,7} x {kind}");
        }
    }

    public static void NodeHeader()
    {
        Report.Line($"  {"node",-6} {"VmRSS MiB",10} {"grains",8} {"sessions",9} {"activations",12}   (grains: session grains active on it; sessions: portal_sessions, its replica)");
    }

    public static void NodeRow(int n, double rss, double? grains, double? sessions, double? activations) =>
        Report.Line($"  {n,-6} {rss,10:0.0} {Figure(grains),8} {Figure(sessions),9} {Figure(activations),12}");

    public static void Failover(FailoverResult r, int agents, int connections)
    {
        Report.Line();
        Report.Line($"Failover: closed loop of external_pause over {agents} agents, {connections} connections through the surviving nodes; a failed");
        Report.Line("call is retried 100 ms later; kill -9 of one node; times from the kill.");
        Report.Line($"  killed {r.Killed}, holding {Figure(r.GrainsOnKilled)} session grains");
        Report.Line($"  before the kill: {r.CallsBefore} calls, {r.ErrorsBefore} errors; after: {r.CallsAfter} calls, {r.ErrorsAfter} errors "
            + $"({r.AgentsThatFailed} agents had a failed call), {r.CallsPerSecondAfter:0.0} successful calls/s");
        Report.Line($"  last failed call answered at:                     {Seconds(r.LastFailureAfter, "no call failed")}");
        Report.Line($"  every agent that failed answered SUCCESS again by: {Seconds(r.FailedAgentsRecoveredAfter, "NOT all within the limit")}");
        Report.Line($"  every agent answered SUCCESS since the kill by:    {Seconds(r.AllAgentsSucceededAfter, "NOT all within the limit")}"
            + "  (bounded below by one sweep over all agents)");
        foreach (var (kind, count) in r.ErrorKinds.OrderByDescending(e => e.Value).Take(5))
        {
            Report.Line($"  {count,7} x {kind}");
        }

        Report.Line($"  stored state = state of the last SUCCESS: {r.StatesMatching} of {agents} agents; {r.StatesUncertain} differ after a call that failed or timed out "
            + $"(may or may not have taken effect); LOST SUCCESS: {r.StatesLost}");
        foreach (var example in r.LostExamples)
        {
            Report.Line($"    {example}");
        }
    }

    private static string Seconds(double? value, string none) => value is { } s ? $"{s:0.00} s" : none;

    private static string Figure(double? value) => value is { } v ? $"{v:0}" : "?";
}
