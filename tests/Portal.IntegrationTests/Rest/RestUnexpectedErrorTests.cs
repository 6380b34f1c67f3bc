namespace Portal.IntegrationTests.Rest;

using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Portal.Infrastructure.Integrations;

/// <summary>An unexpected failure behind a REST endpoint is a problem response, audited, and tells nothing of the code.</summary>
public sealed class RestUnexpectedErrorTests(BrokenCallDeskFactory factory) : IClassFixture<BrokenCallDeskFactory>
{
    [Fact]
    public async Task An_exception_becomes_a_problem_without_internals_and_is_audited()
    {
        await factory.LogInOnCallAsync("1001");
        var key = await factory.Services.GetRequiredService<ApiKeyRegistry>().IssueAsync("broken", "api", "admin");
        using var client = factory.CreateRestClient(key.Secret);

        using var response = await client.PostJsonAsync("/api/v1/agents/1001/hangup");

        var problem = await response.ReadProblemAsync(HttpStatusCode.InternalServerError);
        Assert.DoesNotContain("call desk", problem.Text("detail"), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("InvalidOperationException", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var row = await factory.WaitForRestRowAsync(r => r.AgentUser == "1001" && r.Function == "external_hangup", "the failed hangup");
        Assert.Equal("ERROR", row.Result);
    }
}
