namespace Portal.EndToEndTests;

/// <summary>The VICIdial Agent API called over real HTTP, as curl or an integration would.</summary>
public static class AgentApi
{
    private static readonly HttpClient Http = new();

    public static Task<string> CallAsync(PortalServer server, string query) => CallAsync(server.BaseAddress, query);

    /// <summary>Calls the Agent API of the Portal at <paramref name="baseAddress"/> (a server, a cluster node or its load balancer).</summary>
    public static Task<string> CallAsync(Uri baseAddress, string query) =>
        Http.GetStringAsync(new Uri(baseAddress, $"agc/api.php?source=test&user=api&pass=Api-demo-1&{query}"));
}
