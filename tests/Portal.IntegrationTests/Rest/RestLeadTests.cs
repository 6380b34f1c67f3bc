namespace Portal.IntegrationTests.Rest;

using System.Net;
using Portal.Domain.Sessions;

/// <summary>/api/v1/leads/{leadId}: read a lead and change its fields with the agent screen's rules.</summary>
public sealed class RestLeadTests(RestApiFactory factory) : IClassFixture<RestApiFactory>
{
    private HttpClient Client(string? user = null) => factory.CreateRestClient(factory.KeyOf(user ?? "api"));

    [Fact]
    public async Task A_lead_is_shown_with_its_fields()
    {
        var lead = await factory.LeadWithUniqueNumberAsync(101);
        using var client = Client();

        using var response = await client.GetAsync($"/api/v1/leads/{lead.LeadId}");

        var shown = await response.ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal((lead.Details.PhoneNumber, lead.Details.FirstName, "TESTCAMP"), (shown.Text("phoneNumber"), shown.Text("firstName"), shown.Text("campaignId")));
    }

    [Fact]
    public async Task An_unknown_lead_is_404_and_a_lead_id_that_is_not_a_number_too()
    {
        using var client = Client();

        using var unknown = await client.GetAsync("/api/v1/leads/99999999");
        using var notANumber = await client.GetAsync("/api/v1/leads/abc");

        await unknown.ReadProblemAsync(HttpStatusCode.NotFound);
        await notANumber.ReadProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Patch_changes_only_the_fields_sent_and_reloads_open_screens()
    {
        var lead = await factory.LeadWithUniqueNumberAsync(101, skip: 1);
        await factory.LogInOnLeadAsync("1001", lead.LeadId);
        var refreshed = new TaskCompletionSource<IReadOnlyList<string>>();
        using var watch = factory.Get<Portal.Infrastructure.Sessions.SessionEventBus>().SubscribeAgent("1001", change =>
        {
            if (change.Events.OfType<PanelsRefreshRequested>().FirstOrDefault() is { } refresh)
            {
                refreshed.TrySetResult(refresh.Panels);
            }
        });
        using var client = Client();

        using var response = await client.PatchJsonAsync($"/api/v1/leads/{lead.LeadId}", new { firstName = "Zelda", city = "Springfield", email = "" });

        var changed = await response.ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(("Zelda", "Springfield"), (changed.Text("firstName"), changed.Text("city")));
        var stored = await factory.LeadAsync(lead.LeadId);
        Assert.Equal(("Zelda", "Springfield", lead.Details.LastName, null), (stored.Details.FirstName, stored.Details.City, stored.Details.LastName, stored.Details.Email));
        Assert.Contains("form", await refreshed.Task.WaitAsync(Eventually.DefaultTimeout));
    }

    [Fact]
    public async Task Patch_with_a_value_the_screen_would_refuse_saves_nothing()
    {
        var lead = await factory.LeadWithUniqueNumberAsync(101, skip: 2);
        using var client = Client();

        using var response = await client.PatchJsonAsync($"/api/v1/leads/{lead.LeadId}", new { firstName = "Kept", email = "not-an-address" });

        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Single(problem.ErrorsFor("email"));
        Assert.Equal(lead.Details.FirstName, (await factory.LeadAsync(lead.LeadId)).Details.FirstName);
    }

    [Fact]
    public async Task Patch_needs_the_right_to_modify_leads_and_the_function()
    {
        var lead = await factory.LeadWithUniqueNumberAsync(101, skip: 3);
        using var client = Client(RestApiFactory.PauseOnlyUser);

        using var response = await client.PatchJsonAsync($"/api/v1/leads/{lead.LeadId}", new { firstName = "Nope" });

        var problem = await response.ReadProblemAsync(HttpStatusCode.Forbidden);
        Assert.Contains("update_fields", problem.Text("detail"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_lead_of_a_campaign_the_user_may_not_reach_is_403()
    {
        var lead = await factory.LeadWithUniqueNumberAsync(101, skip: 4);
        using var client = Client(RestApiFactory.InboundOnlyUser);

        using var read = await client.GetAsync($"/api/v1/leads/{lead.LeadId}");
        using var patch = await client.PatchJsonAsync($"/api/v1/leads/{lead.LeadId}", new { firstName = "Nope" });

        await read.ReadProblemAsync(HttpStatusCode.Forbidden);
        await patch.ReadProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(lead.Details.FirstName, (await factory.LeadAsync(lead.LeadId)).Details.FirstName);
    }
}
