namespace Portal.IntegrationTests;

using Portal.Domain.Leads;
using Portal.Domain.Sessions;

/// <summary>update_fields through /agc/api.php (contract §3.15): fields detected by presence, validated, then the screen reloads.</summary>
public sealed class UpdateFieldsApiTests(LeadsApiFactory factory) : IClassFixture<LeadsApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private Task<ApiReply> UpdateAsync(params (string Name, string Value)[] parameters) => _client.CallAsync("update_fields", parameters);

    /// <summary>The agent logged in with a fresh lead on screen (in preview).</summary>
    private async Task<Lead> LeadOnScreenAsync(string agentUser)
    {
        await factory.LogInAsync(agentUser);
        var lead = await factory.NewLeadAsync(new LeadDetails
        {
            PhoneNumber = LeadsApi.NewNumber(), FirstName = "Ann", Email = "ann@example.com", Rank = 3, City = "Tampa", Address1 = "1 Elm St",
        });
        await factory.SendAsync(agentUser, new PreviewLead(lead.LeadId));
        return lead;
    }

    [Fact]
    public async Task Update_fields_without_agent_user_is_not_valid()
    {
        var (reply, rows) = await factory.CallAuditedAsync(_client, "update_fields", 1, ("first_name", "Bob"));

        Assert.Equal("ERROR: agent_user not valid - \n", reply.Body);
        Assert.Equal(("ERROR", "agent_user not valid", ""), (rows[0].Result, rows[0].ResultReason, rows[0].Data));
    }

    [Fact]
    public async Task Update_fields_needs_the_function_permission()
    {
        var reply = await _client.CallAsAsync(LeadsApiFactory.NoFunctionsUser, "update_fields", ("agent_user", "1001"), ("first_name", "Bob"));

        Assert.Equal("ERROR: auth USER DOES NOT HAVE PERMISSION TO USE THIS FUNCTION - |apinone|update_fields|APITEST\n", reply.Body);
    }

    [Fact]
    public async Task Update_fields_on_an_agent_who_is_not_logged_in_says_so()
    {
        var reply = await UpdateAsync(("agent_user", "1020"), ("first_name", "Bob"));

        Assert.Equal("ERROR: agent_user is not logged in - 1020\n", reply.Body);
    }

    [Fact]
    public async Task Api_user_without_modify_leads_may_not_update_fields()
    {
        var lead = await LeadOnScreenAsync("1002");

        var reply = await _client.CallAsAsync(LeadsApiFactory.NoRightsUser, "update_fields", ("agent_user", "1002"), ("first_name", "Bob"));

        Assert.Equal("ERROR: user is not allowed to modify lead information - 1002|apiplain\n", reply.Body);
        Assert.Equal("Ann", (await factory.LeadAsync(lead.LeadId)).Details.FirstName);
    }

    [Fact]
    public async Task Agent_without_a_lead_on_screen_cannot_have_fields_updated()
    {
        await factory.LogInAsync("1003");

        var reply = await UpdateAsync(("agent_user", "1003"), ("first_name", "Bob"));

        Assert.Equal("ERROR: agent_user does not have a lead on their screen - 1003\n", reply.Body);
    }

    [Fact]
    public async Task Update_fields_without_any_field_or_trigger_says_none_were_defined()
    {
        await LeadOnScreenAsync("1004");

        var reply = await UpdateAsync(("agent_user", "1004"), ("firstname", "Bob"), ("value", "first_name"));

        Assert.Equal("ERROR: no fields have been defined - 1004\n", reply.Body);
    }

    [Fact]
    public async Task Update_fields_changes_the_lead_reloads_the_form_and_lists_the_assignments()
    {
        var lead = await LeadOnScreenAsync("1005");
        using var events = factory.Record("1005");

        var (reply, rows) = await factory.CallAuditedAsync(
            _client, "update_fields", 1, ("agent_user", "1005"), ("first_name", "Frank"), ("city", "Springfield"), ("address1", ""), ("rank", "12"));

        var detail = $"api|1005|{lead.LeadId}|1|1|address1,city,first_name,rank|address1=\"\",city=\"Springfield\",first_name=\"Frank\",rank=\"12\"|";
        Assert.Equal($"SUCCESS: update_fields lead updated - {detail}\n", reply.Body);
        Assert.Equal(("SUCCESS", "update_fields lead updated", detail.Replace('"', '\'')), (rows[0].Result, rows[0].ResultReason, rows[0].Data));
        var stored = (await factory.LeadAsync(lead.LeadId)).Details;
        Assert.Equal(("Frank", "Springfield", (string?)null, 12), (stored.FirstName, stored.City, stored.Address1, stored.Rank));
        Assert.Equal(["form"], Assert.Single(events.OfType<PanelsRefreshRequested>()).Panels);
    }

    [Fact]
    public async Task Fields_are_detected_by_parameter_not_by_name_inside_other_parameters()
    {
        var lead = await LeadOnScreenAsync("1006");
        using var events = factory.Record("1006");

        var reply = await UpdateAsync(("agent_user", "1006"), ("first_name", "Frank"), ("emailreload", "1"), ("callback_comments", "state city"));

        Assert.Equal($"SUCCESS: update_fields lead updated - api|1006|{lead.LeadId}|1|1|first_name,emailreload|first_name=\"Frank\"|\n", reply.Body);
        var stored = (await factory.LeadAsync(lead.LeadId)).Details;
        Assert.Equal(("ann@example.com", 3, "Tampa"), (stored.Email, stored.Rank, stored.City));
        Assert.Equal(["form", "email"], Assert.Single(events.OfType<PanelsRefreshRequested>()).Panels);
    }

    [Fact]
    public async Task A_value_the_lead_cannot_take_is_refused_and_nothing_is_saved()
    {
        var lead = await LeadOnScreenAsync("1007");

        var (reply, rows) = await factory.CallAuditedAsync(_client, "update_fields", 1, ("agent_user", "1007"), ("first_name", "Frank"), ("email", "not-an-address"), ("close_window_link", "1"));

        var detail = $"1007|{lead.LeadId}|email|Enter a valid e-mail address.";
        Assert.Equal($"ERROR: update_fields field value is not valid - {detail}\n", reply.Body);
        Assert.Equal(detail, rows[0].Data);
        Assert.Equal(("Ann", "ann@example.com"), ((await factory.LeadAsync(lead.LeadId)).Details.FirstName, (await factory.LeadAsync(lead.LeadId)).Details.Email));
    }

    [Fact]
    public async Task Triggers_alone_reload_panels_without_changing_the_lead()
    {
        var lead = await LeadOnScreenAsync("1008");
        using var events = factory.Record("1008");

        var reply = await UpdateAsync(("agent_user", "1008"), ("formreload", "1"), ("scriptreload", "1"), ("callbacksreload", "1"));

        Assert.Equal($"SUCCESS: update_fields lead updated - api|1008|{lead.LeadId}|0|1|formreload,scriptreload||\n", reply.Body);
        Assert.Equal(["form", "script"], Assert.Single(events.OfType<PanelsRefreshRequested>()).Panels);
    }

    [Fact]
    public async Task Gmt_offset_is_read_but_not_stored()
    {
        var lead = await LeadOnScreenAsync("1009");

        var reply = await UpdateAsync(("agent_user", "1009"), ("gmt_offset_now", "-5.00"), ("last_name", "Lee"));

        Assert.Equal($"SUCCESS: update_fields lead updated - api|1009|{lead.LeadId}|1|1|gmt_offset_now,last_name|last_name=\"Lee\"|\n", reply.Body);
    }

    [Fact]
    public async Task Update_fields_changes_the_lead_of_the_agents_live_call()
    {
        var lead = await factory.NewLeadAsync(new LeadDetails { PhoneNumber = LeadsApi.NewNumber() });
        await factory.LogInOnCallWithLeadAsync("1010", lead.LeadId);

        var reply = await UpdateAsync(("agent_user", "1010"), ("vendor_lead_code", "1234567"), ("phone_number", "3125551234"));

        Assert.Equal($"SUCCESS: update_fields lead updated - api|1010|{lead.LeadId}|1|1|phone_number,vendor_lead_code|phone_number=\"3125551234\",vendor_lead_code=\"1234567\"|\n", reply.Body);
        var stored = (await factory.LeadAsync(lead.LeadId)).Details;
        Assert.Equal(("3125551234", "1234567"), (stored.PhoneNumber, stored.VendorLeadCode));
    }
}
