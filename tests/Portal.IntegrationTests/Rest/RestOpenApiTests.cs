namespace Portal.IntegrationTests.Rest;

using System.Net;

/// <summary>The OpenAPI document and the reference page describe the REST API, offline and without a key.</summary>
public sealed class RestOpenApiTests(RestApiFactory factory) : IClassFixture<RestApiFactory>
{
    [Fact]
    public async Task The_document_lists_every_endpoint_with_the_bearer_scheme()
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/openapi/v1.json", UriKind.Relative));

        var document = await response.ReadJsonAsync(HttpStatusCode.OK);
        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Equal(
            [
                "/api/v1/agents", "/api/v1/agents/{agentUser}", "/api/v1/agents/{agentUser}/dial", "/api/v1/agents/{agentUser}/disposition",
                "/api/v1/agents/{agentUser}/dtmf", "/api/v1/agents/{agentUser}/grab", "/api/v1/agents/{agentUser}/hangup",
                "/api/v1/agents/{agentUser}/ingroups", "/api/v1/agents/{agentUser}/logout", "/api/v1/agents/{agentUser}/notify",
                "/api/v1/agents/{agentUser}/park", "/api/v1/agents/{agentUser}/pause", "/api/v1/agents/{agentUser}/recording/start",
                "/api/v1/agents/{agentUser}/recording/stop", "/api/v1/agents/{agentUser}/resume", "/api/v1/agents/{agentUser}/transfer",
                "/api/v1/audit", "/api/v1/callbacks", "/api/v1/callbacks/{callbackId}", "/api/v1/leads/{leadId}",
            ],
            paths.Order(StringComparer.Ordinal));
        var scheme = document.GetProperty("components").GetProperty("securitySchemes").GetProperty("ApiKey");
        Assert.Equal(("http", "bearer"), (scheme.Text("type"), scheme.Text("scheme")));
        Assert.True(document.GetProperty("security")[0].TryGetProperty("ApiKey", out _));
    }

    [Fact]
    public async Task Operations_have_names_summaries_bodies_and_problem_responses()
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/openapi/v1.json", UriKind.Relative));

        var pause = (await response.ReadJsonAsync(HttpStatusCode.OK)).GetProperty("paths").GetProperty("/api/v1/agents/{agentUser}/pause").GetProperty("post");
        Assert.Equal("PauseAgent", pause.Text("operationId"));
        Assert.False(string.IsNullOrEmpty(pause.Text("summary")));
        Assert.True(pause.GetProperty("requestBody").GetProperty("content").TryGetProperty("application/json", out _));
        var responses = pause.GetProperty("responses").EnumerateObject().Select(r => r.Name).ToList();
        Assert.Contains("200", responses);
        Assert.Contains("401", responses);
        Assert.Contains("403", responses);
        Assert.Contains("404", responses);
        Assert.Contains("409", responses);
    }

    [Fact]
    public async Task The_reference_page_is_served_and_reads_the_document_from_this_server()
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/api/reference", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("/openapi/v1.json", html, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
    }
}
