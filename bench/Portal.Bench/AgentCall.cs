namespace Portal.Bench;

/// <summary>An external_pause call for one bench agent through one node, as the load's calls are made (RequestPlan).</summary>
internal static class AgentCall
{
    public static Uri Uri(Uri node, int agent, string value) => new(node,
        $"agc/api.php?source={DemoAccounts.LoadSource}&user={DemoAccounts.ApiUser}&pass={DemoAccounts.ApiPassword}"
        + $"&agent_user={DemoAccounts.BenchAgent(agent)}&function=external_pause&value={value}");
}
