namespace Portal.IntegrationTests.Operations;

using System.Net;
using System.Text.Json;

/// <summary>What an operator's monitoring reads from a node: /healthz part by part, and /metrics for Prometheus.</summary>
public sealed class OperationsEndpointTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Health_names_the_database_and_the_silo_and_no_redis_on_one_node()
    {
        using var response = await _client.GetAsync(new Uri("/healthz", UriKind.Relative));
        using var health = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", health.RootElement.GetProperty("status").GetString());
        var checks = health.RootElement.GetProperty("checks");
        Assert.Equal("Healthy", checks.GetProperty("database").GetProperty("status").GetString());
        Assert.Equal("Healthy", checks.GetProperty("silo").GetProperty("status").GetString());
        Assert.False(checks.TryGetProperty("redis", out _));
    }

    [Fact]
    public async Task Metrics_count_commands_by_source_api_calls_by_surface_and_sessions_by_state()
    {
        await factory.LogInAsync("1017");
        var reply = await _client.GetApiAsync(AgentApi.Authenticated("external_pause", ("agent_user", "1017"), ("value", "RESUME")));
        Assert.StartsWith("SUCCESS:", reply.Body, StringComparison.Ordinal);

        var metrics = await Eventually.UntilAsync(
            () => _client.GetStringAsync(new Uri("/metrics", UriKind.Relative)),
            text => text.Contains("portal_commands_total{", StringComparison.Ordinal) && text.Contains("portal_sessions{", StringComparison.Ordinal),
            "the metrics to show the command");

        Assert.Matches("""portal_commands_total\{[^}]*result="accepted"[^}]*source="agent_api"[^}]*\} [1-9]""", metrics);
        Assert.Matches("""portal_api_calls_total\{[^}]*result="SUCCESS"[^}]*surface="agent"[^}]*\} [1-9]""", metrics);
        Assert.Matches("""portal_sessions\{[^}]*state="Ready"[^}]*\} [1-9]""", metrics);
        Assert.Contains("portal_push_latency_milliseconds_bucket{", metrics, StringComparison.Ordinal);
        Assert.Matches("""portal_cluster_nodes\{[^}]*status="Active"[^}]*\} 1""", metrics);
    }
}
