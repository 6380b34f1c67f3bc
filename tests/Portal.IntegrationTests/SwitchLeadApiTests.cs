namespace Portal.IntegrationTests;

using Portal.Domain.Leads;
using Portal.Domain.Sessions;

/// <summary>switch_lead through /agc/api.php (contract §3.24): only a live inbound call, in a campaign that allows it.</summary>
public sealed class SwitchLeadApiTests(LeadsApiFactory factory) : IClassFixture<LeadsApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private Task<ApiReply> SwitchAsync(params (string Name, string Value)[] parameters) => _client.CallAsync("switch_lead", parameters);

    private Task<Lead> NewLeadAsync(string? vendorLeadCode = null) =>
        factory.NewLeadAsync(new LeadDetails { PhoneNumber = LeadsApi.NewNumber(), VendorLeadCode = vendorLeadCode });

    [Fact]
    public async Task Switch_lead_without_a_lead_or_vendor_code_is_not_valid()
    {
        var reply = await SwitchAsync(("agent_user", "1001"), ("lead_id", "0"));

        Assert.Equal("ERROR: switch_lead not valid - 0||1001\n", reply.Body);
    }

    [Fact]
    public async Task Switch_lead_permission_line_puts_the_lead_id_first()
    {
        var reply = await _client.CallAsAsync(LeadsApiFactory.NoFunctionsUser, "switch_lead", ("agent_user", "1001"), ("lead_id", "12345"), ("close_window_link", "1"));

        Assert.Equal("ERROR: auth USER DOES NOT HAVE PERMISSION TO USE THIS FUNCTION - 12345|apinone|switch_lead|APITEST\n", reply.Body);
    }

    [Fact]
    public async Task Switch_lead_on_an_agent_who_is_not_logged_in_says_so()
    {
        var reply = await SwitchAsync(("agent_user", "1020"), ("lead_id", "12345"));

        Assert.Equal("ERROR: agent_user is not logged in - 1020\n", reply.Body);
    }

    [Fact]
    public async Task Switch_lead_needs_a_live_call()
    {
        await factory.LogInAsync("1002");

        var reply = await SwitchAsync(("agent_user", "1002"), ("lead_id", "12345"));

        Assert.Equal("ERROR: agent_user does not have a live call - 1002\n", reply.Body);
    }

    [Fact]
    public async Task Switch_lead_on_an_outbound_call_says_it_is_not_inbound_without_a_line_feed()
    {
        var current = await NewLeadAsync();
        var session = await factory.LogInOnCallWithLeadAsync("1003", current.LeadId, CallDirection.Outbound);

        var (reply, rows) = await factory.CallAuditedAsync(_client, "switch_lead", 1, ("agent_user", "1003"), ("lead_id", "12345"));

        Assert.Equal($"ERROR: agent call is not inbound - 1003|{session.Call!.CallId}", reply.Body);
        Assert.Equal(("ERROR", "agent call is not inbound"), (rows[0].Result, rows[0].ResultReason));
    }

    [Fact]
    public async Task Campaign_that_does_not_let_agents_switch_leads_refuses()
    {
        var current = await NewLeadAsync();
        await factory.LogInOnCallWithLeadAsync("2002", current.LeadId, campaignId: LeadsApiFactory.NoLeadSwitchCampaign);

        var reply = await SwitchAsync(("agent_user", "2002"), ("lead_id", $"{current.LeadId}"));

        Assert.Equal("ERROR: campaign does not allow inbound lead search - 2002|NOSWITCH\n", reply.Body);
    }

    [Fact]
    public async Task Unknown_switch_to_lead_is_not_found()
    {
        var current = await NewLeadAsync();
        await factory.LogInOnCallWithLeadAsync("1004", current.LeadId);

        var reply = await SwitchAsync(("agent_user", "1004"), ("lead_id", "999999999"));

        Assert.Equal("ERROR: switch-to lead not found - 1004|999999999|\n", reply.Body);
        Assert.Equal(current.LeadId, factory.Session("1004")?.Call?.LeadId);
    }

    [Fact]
    public async Task Switch_lead_shows_the_new_lead_on_the_live_call_and_logs_both_leads()
    {
        var current = await NewLeadAsync();
        var target = await NewLeadAsync("VC-SWITCH-1");
        await factory.LogInOnCallWithLeadAsync("1005", current.LeadId);

        var (reply, rows) = await factory.CallAuditedAsync(_client, "switch_lead", 1, ("agent_user", "1005"), ("lead_id", $"{target.LeadId}"));

        var data = $"{target.LeadId}|VC-SWITCH-1|TESTCAMP|{current.LeadId}";
        Assert.Equal($"SUCCESS: switch_lead function set - 1005|{data}|\n", reply.Body);
        Assert.Equal(("SUCCESS", "switch_lead function set", data), (rows[0].Result, rows[0].ResultReason, rows[0].Data));
        Assert.Equal(target.LeadId, factory.Session("1005")?.Call?.LeadId);
    }

    [Fact]
    public async Task Vendor_lead_code_picks_the_newest_lead_and_wins_over_lead_id()
    {
        var current = await NewLeadAsync();
        var older = await NewLeadAsync("VC-SWITCH-2");
        var newer = await NewLeadAsync("VC-SWITCH-2");
        await factory.LogInOnCallWithLeadAsync("1006", current.LeadId);

        var reply = await SwitchAsync(("agent_user", "1006"), ("lead_id", $"{older.LeadId}"), ("vendor_lead_code", "VC-SWITCH-2"));

        Assert.Equal($"SUCCESS: switch_lead function set - 1006|{newer.LeadId}|VC-SWITCH-2|TESTCAMP|{current.LeadId}|\n", reply.Body);
        Assert.Equal(newer.LeadId, factory.Session("1006")?.Call?.LeadId);
    }

    [Fact]
    public async Task Switch_lead_with_alt_user_acts_on_the_agent_with_that_crm_id()
    {
        var current = await NewLeadAsync();
        var target = await NewLeadAsync();
        await factory.LogInOnCallWithLeadAsync("2003", current.LeadId);

        var reply = await SwitchAsync(("alt_user", "CRM2003"), ("lead_id", $"{target.LeadId}"));

        Assert.Equal($"SUCCESS: switch_lead function set - 2003|{target.LeadId}||TESTCAMP|{current.LeadId}|\n", reply.Body);
        Assert.Equal(target.LeadId, factory.Session("2003")?.Call?.LeadId);
    }
}
