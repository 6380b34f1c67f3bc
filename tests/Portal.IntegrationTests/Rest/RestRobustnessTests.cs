namespace Portal.IntegrationTests.Rest;

using System.Net;

/// <summary>Bad input anywhere in the REST API gets a 4xx problem, never a 500 or an empty error.</summary>
public sealed class RestRobustnessTests(RestApiFactory factory) : IClassFixture<RestApiFactory>
{
    public static readonly TheoryData<string, string> Bodies = new()
    {
        { "/api/v1/agents/1001/pause", "{\"pauseCode\": 42}" },
        { "/api/v1/agents/1001/pause", "{not json" },
        { "/api/v1/agents/1001/disposition", "" },
        { "/api/v1/agents/1001/disposition", "[1,2,3]" },
        { "/api/v1/agents/1001/disposition", "{\"status\": \"SALE\", \"callback\": {\"dueAt\": \"tomorrow\"}}" },
        { "/api/v1/agents/1001/dial", "{\"leadId\": \"abc\"}" },
        { "/api/v1/agents/1001/dial", "null" },
        { "/api/v1/agents/1001/transfer", "{\"action\": \"Teleport\"}" },
        { "/api/v1/agents/1001/notify", "{\"confetti\": {\"seconds\": 1e40}}" },
        { "/api/v1/agents/1001/ingroups", "{\"inGroups\": \"SUPPORT\"}" },
        { "/api/v1/agents/1001/dtmf", "{\"digits\": [\"1\"]}" },
        { "/api/v1/callbacks", "{\"leadId\": -1, \"dueAt\": \"2020-01-01T00:00:00Z\"}" },
        { "/api/v1/callbacks", "{}" },
    };

    [Theory]
    [MemberData(nameof(Bodies))]
    public async Task A_malformed_body_is_a_validation_problem(string path, string body)
    {
        await EnsureLoggedInAsync("1001");
        using var client = factory.CreateRestClient(factory.ApiKey);

        using var response = await client.PostRawAsync(path, body);

        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.TryGetProperty("errors", out _), "a validation problem names the field");
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_415()
    {
        await EnsureLoggedInAsync("1001");
        using var client = factory.CreateRestClient(factory.ApiKey);

        using var response = await client.PostRawAsync("/api/v1/agents/1001/pause", "pauseCode=BREAK", "application/x-www-form-urlencoded");

        await response.ReadProblemAsync(HttpStatusCode.UnsupportedMediaType);
    }

    [Theory]
    [InlineData("/api/v1/agents/a%2Fb%20c")]
    [InlineData("/api/v1/agents/1001/unknown-command")]
    [InlineData("/api/v1/leads/1.5")]
    [InlineData("/api/v1/leads/99999999999999999999999")]
    [InlineData("/api/v1/audit?to=2026-13-45")]
    public async Task Odd_paths_and_values_are_problems_not_errors(string path)
    {
        using var client = factory.CreateRestClient(factory.ApiKey);

        using var response = await client.GetAsync(path);

        Assert.InRange((int)response.StatusCode, 400, 499);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    private async Task EnsureLoggedInAsync(string agentUser)
    {
        if (factory.Session(agentUser) is null)
        {
            await factory.LogInAsync(agentUser);
        }
    }
}
