namespace Portal.EndToEndTests;

/// <summary>The VICIdial Agent API called over real HTTP, as curl or an integration would.</summary>
public static class AgentApi
{
    private static readonly HttpClient Http = new();

    public static Task<string> CallAsync(PortalServer server, string query) =>
        Http.GetStringAsync(new Uri(server.BaseAddress, $"agc/api.php?source=test&user=api&pass=Api-demo-1&{query}"));
}
