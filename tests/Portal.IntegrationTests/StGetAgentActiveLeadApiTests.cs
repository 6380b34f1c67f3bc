namespace Portal.IntegrationTests;

using Portal.Domain.Leads;
using Portal.Domain.Sessions;

/// <summary>st_get_agent_active_lead through /agc/api.php (contract §3.19): the CRM agent id → the lead on that agent's screen.</summary>
public sealed class StGetAgentActiveLeadApiTests(LeadsApiFactory factory) : IClassFixture<LeadsApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private Task<ApiReply> AskAsync(string crmAgentId) => _client.CallAsync("st_get_agent_active_lead", ("value", crmAgentId), ("vendor_id", "207"));

    [Fact]
    public async Task St_get_agent_active_lead_without_vendor_id_is_not_valid()
    {
        var reply = await _client.CallAsync("st_get_agent_active_lead", ("value", "CRM1001"));

        Assert.Equal("ERROR: st_get_agent_active_lead not valid - CRM1001|\n", reply.Body);
    }

    [Fact]
    public async Task St_get_agent_active_lead_needs_the_function_permission()
    {
        var reply = await _client.CallAsAsync(LeadsApiFactory.NoFunctionsUser, "st_get_agent_active_lead", ("value", "CRM1001"), ("vendor_id", "207"));

        Assert.Equal("ERROR: auth USER DOES NOT HAVE PERMISSION TO USE THIS FUNCTION - CRM1001|apinone|st_get_agent_active_lead|APITEST\n", reply.Body);
    }

    [Fact]
    public async Task Unknown_crm_agent_id_finds_no_user()
    {
        var reply = await AskAsync("NOPE");

        Assert.Equal("ERROR: no user found - NOPE\n", reply.Body);
    }

    [Fact]
    public async Task Agent_who_is_not_logged_in_is_reported_by_user_name()
    {
        var reply = await AskAsync("CRM1020");

        Assert.Equal("ERROR: user not logged in - 1020\n", reply.Body);
    }

    [Fact]
    public async Task Agent_without_a_lead_has_no_active_lead()
    {
        await factory.LogInAsync("1002");

        var reply = await AskAsync("CRM1002");

        Assert.Equal("ERROR: no active lead found - 1002\n", reply.Body);
    }

    [Fact]
    public async Task Lead_of_the_agents_call_is_reported_with_its_crm_fields()
    {
        var lead = await factory.NewLeadAsync(new LeadDetails
        {
            PhoneNumber = LeadsApi.NewNumber(), VendorLeadCode = "9987-1234765", Province = "SK", SecurityPhrase = "WILLIAMS", SourceId = "JUH764AJJJ9",
        });
        await factory.LogInOnCallWithLeadAsync("1003", lead.LeadId);

        var (reply, rows) = await factory.CallAuditedAsync(_client, "st_get_agent_active_lead", 1, ("value", "CRM1003"), ("vendor_id", "207"));

        Assert.Equal($"SUCCESS: st_get_agent_active_lead lead found - 1003|{lead.Details.PhoneNumber}|{lead.LeadId}|9987-1234765|SK|WILLIAMS|JUH764AJJJ9\n", reply.Body);
        Assert.Equal(("SUCCESS", "st_get_agent_active_lead lead found"), (rows[0].Result, rows[0].ResultReason));
    }

    [Fact]
    public async Task Lead_in_preview_is_the_agents_active_lead()
    {
        var lead = await factory.NewLeadAsync(new LeadDetails { PhoneNumber = LeadsApi.NewNumber() });
        await factory.LogInAsync("1004");
        await factory.SendAsync("1004", new PreviewLead(lead.LeadId));

        var reply = await AskAsync("CRM1004");

        Assert.Equal($"SUCCESS: st_get_agent_active_lead lead found - 1004|{lead.Details.PhoneNumber}|{lead.LeadId}||||\n", reply.Body);
    }
}
