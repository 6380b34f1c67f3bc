namespace Portal.IntegrationTests.Rest;

using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Portal.Infrastructure.Integrations;

/// <summary>Who may call the REST API: a current key in the header, a user with agent-API access and the endpoint's function.</summary>
public sealed class RestAuthenticationTests(RestApiFactory factory) : IClassFixture<RestApiFactory>
{
    [Fact]
    public async Task A_call_without_a_key_is_401_with_a_bearer_challenge_and_a_problem()
    {
        using var client = factory.CreateRestClient(key: null);

        using var response = await client.GetAsync("/api/v1/agents");

        var problem = await response.ReadProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal("Bearer realm=\"Portal\"", response.Headers.WwwAuthenticate.ToString());
        Assert.Contains("Authorization: Bearer", problem.Text("detail"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_key_is_401_invalid_token_and_is_audited()
    {
        using var client = factory.CreateRestClient("pk_not-a-real-key");

        using var response = await client.PostJsonAsync("/api/v1/agents/1001/pause");

        await response.ReadProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Contains("error=\"invalid_token\"", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        var row = await factory.WaitForRestRowAsync(r => r.Url == "/api/v1/agents/1001/pause" && r.User == "", "the refused call");
        Assert.Equal(("external_pause", "ERROR", "1001"), (row.Function, row.Result, row.AgentUser));
    }

    [Fact]
    public async Task A_revoked_key_is_refused_at_once()
    {
        var registry = factory.Services.GetRequiredService<ApiKeyRegistry>();
        var issued = await registry.IssueAsync("soon revoked", "api", "admin");
        using var client = factory.CreateRestClient(issued.Secret);
        using (var before = await client.GetAsync("/api/v1/agents"))
        {
            await before.ReadJsonAsync(HttpStatusCode.OK);
        }

        await registry.RevokeAsync(issued.Key.Id, "admin");

        using var after = await client.GetAsync("/api/v1/agents");
        await after.ReadProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_key_in_the_query_string_is_not_accepted()
    {
        using var client = factory.CreateRestClient(key: null);

        using var response = await client.GetAsync($"/api/v1/agents?access_token={factory.ApiKey}&key={factory.ApiKey}");

        await response.ReadProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_user_without_agent_api_access_is_403()
    {
        using var client = factory.CreateRestClient(factory.KeyOf(RestApiFactory.NoApiUser));

        using var response = await client.GetAsync("/api/v1/agents");

        var problem = await response.ReadProblemAsync(HttpStatusCode.Forbidden);
        Assert.Contains("no agent-API access", problem.Text("detail"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_function_outside_the_users_allowed_functions_is_403_and_audited()
    {
        await factory.LogInOnCallAsync("1002");
        using var client = factory.CreateRestClient(factory.KeyOf(RestApiFactory.PauseOnlyUser));

        using var response = await client.PostJsonAsync("/api/v1/agents/1002/hangup");

        var problem = await response.ReadProblemAsync(HttpStatusCode.Forbidden);
        Assert.Contains("external_hangup", problem.Text("detail"), StringComparison.Ordinal);
        Assert.Equal(Portal.Domain.Sessions.AgentState.InCall, factory.Session("1002")?.State);
        var row = await factory.WaitForRestRowAsync(r => r.User == RestApiFactory.PauseOnlyUser && r.Function == "external_hangup", "the refused hangup");
        Assert.Equal("ERROR", row.Result);
    }

    [Fact]
    public async Task An_unknown_path_is_a_404_problem()
    {
        using var client = factory.CreateRestClient(factory.ApiKey);

        using var response = await client.GetAsync("/api/v1/nothing/here");

        var problem = await response.ReadProblemAsync(HttpStatusCode.NotFound);
        Assert.Contains("/openapi/v1.json", problem.Text("detail"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_signed_in_browser_cookie_is_not_an_api_key()
    {
        using var client = factory.CreateRestClient(key: null);
        client.DefaultRequestHeaders.Add("Cookie", "portal.auth=anything");

        using var response = await client.GetAsync("/api/v1/agents");

        await response.ReadProblemAsync(HttpStatusCode.Unauthorized);
    }
}
