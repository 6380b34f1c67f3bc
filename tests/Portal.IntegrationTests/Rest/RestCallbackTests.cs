namespace Portal.IntegrationTests.Rest;

using System.Globalization;
using System.Net;

/// <summary>/api/v1/callbacks: schedule a callback for a lead, list and read callbacks within the key user's campaigns.</summary>
public sealed class RestCallbackTests(RestApiFactory factory) : IClassFixture<RestApiFactory>
{
    private HttpClient Client(string? user = null) => factory.CreateRestClient(factory.KeyOf(user ?? "api"));

    [Fact]
    public async Task A_scheduled_callback_is_created_and_listed_by_agent()
    {
        var lead = await factory.LeadWithUniqueNumberAsync(101);
        var due = DateTimeOffset.UtcNow.AddHours(3);
        using var client = Client();

        using var created = await client.PostJsonAsync(
            "/api/v1/callbacks", new { leadId = lead.LeadId, dueAt = due, type = "USERONLY", agentUser = "1001", comments = "wants a quote" });

        var callback = await created.ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal(("TESTCAMP", "USERONLY", "ACTIVE", "1001"), (callback.Text("campaignId"), callback.Text("type"), callback.Text("state"), callback.Text("agentUser")));
        var id = callback.GetProperty("id").GetInt64();
        Assert.Equal($"/api/v1/callbacks/{id}", created.Headers.Location?.ToString());
        using var list = await client.GetAsync("/api/v1/callbacks?agent=1001&campaign=TESTCAMP&state=active");
        Assert.Contains((await list.ReadJsonAsync(HttpStatusCode.OK)).EnumerateArray(), c => c.GetProperty("id").GetInt64() == id);
        using var one = await client.GetAsync($"/api/v1/callbacks/{id}");
        Assert.Equal("wants a quote", (await one.ReadJsonAsync(HttpStatusCode.OK)).Text("comments"));
    }

    [Fact]
    public async Task The_due_range_filters_callbacks()
    {
        var lead = await factory.LeadWithUniqueNumberAsync(101, skip: 1);
        var due = DateTimeOffset.UtcNow.AddDays(10);
        using var client = Client();
        using var created = await client.PostJsonAsync("/api/v1/callbacks", new { leadId = lead.LeadId, dueAt = due });
        var id = (await created.ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt64();

        var inside = await IdsAsync(client, due.AddMinutes(-1), due.AddMinutes(1));
        var before = await IdsAsync(client, due.AddDays(-5), due.AddMinutes(-1));

        Assert.Contains(id, inside);
        Assert.DoesNotContain(id, before);
    }

    [Fact]
    public async Task A_callback_in_the_past_or_for_a_missing_lead_is_a_validation_problem()
    {
        var lead = await factory.LeadWithUniqueNumberAsync(101, skip: 2);
        using var client = Client();

        using var past = await client.PostJsonAsync("/api/v1/callbacks", new { leadId = lead.LeadId, dueAt = DateTimeOffset.UtcNow.AddMinutes(-5) });
        using var missing = await client.PostJsonAsync("/api/v1/callbacks", new { leadId = 99_999_999, dueAt = DateTimeOffset.UtcNow.AddDays(1) });
        using var badType = await client.PostJsonAsync("/api/v1/callbacks", new { leadId = lead.LeadId, dueAt = DateTimeOffset.UtcNow.AddDays(1), type = "SOMEONE" });

        Assert.Single((await past.ReadProblemAsync(HttpStatusCode.BadRequest)).ErrorsFor("dueAt"));
        Assert.Single((await missing.ReadProblemAsync(HttpStatusCode.BadRequest)).ErrorsFor("leadId"));
        Assert.Single((await badType.ReadProblemAsync(HttpStatusCode.BadRequest)).ErrorsFor("type"));
    }

    [Fact]
    public async Task A_callback_in_a_campaign_the_user_may_not_reach_is_403_and_hidden_from_lists()
    {
        var lead = await factory.LeadWithUniqueNumberAsync(101, skip: 3);
        using var inbound = Client(RestApiFactory.InboundOnlyUser);
        using var api = Client();
        using var created = await api.PostJsonAsync("/api/v1/callbacks", new { leadId = lead.LeadId, dueAt = DateTimeOffset.UtcNow.AddDays(2) });
        var id = (await created.ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt64();

        using var refused = await inbound.PostJsonAsync("/api/v1/callbacks", new { leadId = lead.LeadId, dueAt = DateTimeOffset.UtcNow.AddDays(2) });
        using var read = await inbound.GetAsync($"/api/v1/callbacks/{id}");
        using var list = await inbound.GetAsync("/api/v1/callbacks");

        await refused.ReadProblemAsync(HttpStatusCode.Forbidden);
        await read.ReadProblemAsync(HttpStatusCode.Forbidden);
        Assert.DoesNotContain((await list.ReadJsonAsync(HttpStatusCode.OK)).EnumerateArray(), c => c.GetProperty("id").GetInt64() == id);
    }

    [Fact]
    public async Task Bad_filters_and_unknown_callbacks_are_problems()
    {
        using var client = Client();

        using var badFilters = await client.GetAsync("/api/v1/callbacks?dueFrom=yesterday&state=DONE&limit=0");
        using var unknown = await client.GetAsync("/api/v1/callbacks/987654321");

        var problem = await badFilters.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Single(problem.ErrorsFor("dueFrom"));
        Assert.Single(problem.ErrorsFor("state"));
        Assert.Single(problem.ErrorsFor("limit"));
        await unknown.ReadProblemAsync(HttpStatusCode.NotFound);
    }

    private static async Task<IReadOnlyList<long>> IdsAsync(HttpClient client, DateTimeOffset from, DateTimeOffset to)
    {
        var query = $"dueFrom={Uri.EscapeDataString(from.ToString("O", CultureInfo.InvariantCulture))}&dueTo={Uri.EscapeDataString(to.ToString("O", CultureInfo.InvariantCulture))}";
        using var response = await client.GetAsync($"/api/v1/callbacks?{query}");
        return [.. (await response.ReadJsonAsync(HttpStatusCode.OK)).EnumerateArray().Select(c => c.GetProperty("id").GetInt64())];
    }
}
