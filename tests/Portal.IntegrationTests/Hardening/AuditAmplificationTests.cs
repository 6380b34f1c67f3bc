namespace Portal.IntegrationTests.Hardening;

using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Portal.Infrastructure.Audit;
using Portal.IntegrationTests.Rest;

/// <summary>One huge request never stores a huge audit row; bodies have per-surface limits; old rows are deleted.</summary>
public sealed class AuditAmplificationTests(RestApiFactory factory) : IClassFixture<RestApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task A_huge_unauthenticated_post_is_answered_in_the_contract_and_audited_in_a_bounded_row()
    {
        var source = AuditRows.NewSource();
        var huge = new string('x', 3 * 1024 * 1024);

        var reply = await _client.PostApiAsync(AgentApi.Form(("source", source), ("user", "nobody"), ("pass", "x"), ("stage", huge)));

        // The body is over the agent APIs' 64 KiB: ignored as PHP ignores one beyond post_max_size.
        Assert.Equal("ERROR: Invalid Source - \n", reply.Body);
        var rows = await Eventually.UntilAsync(factory.AllAsync, all => all.Any(r => r.ResultReason == "Invalid Source"), "the audit row");
        Assert.All(rows, r => Assert.True(r.Url.Length <= ApiLogLimits.Url, $"url of {r.Url.Length} characters"));
    }

    [Fact]
    public async Task Every_column_keeps_at_most_vicidials_width()
    {
        var source = AuditRows.NewSource();
        var long_ = new string('7', 20_000);

        await _client.PostApiAsync(
            AgentApi.Form(("source", source), ("user", AgentApi.User), ("pass", AgentApi.Password), ("function", "external_pause"), ("agent_user", long_), ("value", long_)));

        var row = Assert.Single(await factory.WaitForRowsAsync(source));
        Assert.Equal(ApiLogLimits.Value, row.Value.Length);
        Assert.True(row.AgentUser.Length <= ApiLogLimits.AgentUser);
        Assert.True(row.Data.Length <= ApiLogLimits.Data);
        Assert.True(row.Url.Length <= ApiLogLimits.Url);
    }

    [Fact]
    public async Task A_rest_body_over_the_limit_is_a_413_problem()
    {
        using var client = factory.CreateRestClient(factory.ApiKey);
        var body = $"{{\"pauseCode\":\"{new string('P', 2 * 1024 * 1024)}\"}}";

        using var response = await client.PostAsync(
            new Uri("/api/v1/agents/1001/pause", UriKind.Relative), new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Rows_older_than_the_retention_are_deleted_and_newer_rows_kept()
    {
        var old = AuditRows.NewSource();
        var recent = AuditRows.NewSource();
        await factory.ChangeAsync(db =>
        {
            db.ApiLog.Add(new ApiLogEntry { ApiDate = DateTimeOffset.UtcNow.AddDays(-91), Source = old, Function = "version", Result = "SUCCESS" });
            db.ApiLog.Add(new ApiLogEntry { ApiDate = DateTimeOffset.UtcNow.AddDays(-89), Source = recent, Function = "version", Result = "SUCCESS" });
        });

        var deleted = await factory.Get<AuditRetention>().CleanUpAsync();

        Assert.True(deleted >= 1);
        Assert.Empty(await factory.WithSourceAsync(old));
        Assert.Single(await factory.WithSourceAsync(recent));
        Assert.True(await factory.QueryAsync(db => db.ApiLog.AnyAsync()));
    }
}
