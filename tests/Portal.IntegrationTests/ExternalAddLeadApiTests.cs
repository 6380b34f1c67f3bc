namespace Portal.IntegrationTests;

using Microsoft.EntityFrameworkCore;
using Portal.Domain.Leads;
using Portal.Infrastructure.Calls;

/// <summary>external_add_lead through /agc/api.php (contract §3.13): the manual-dial list, DNC checks and every field.</summary>
public sealed class ExternalAddLeadApiTests(LeadsApiFactory factory) : IClassFixture<LeadsApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private Task<ApiReply> AddAsync(params (string Name, string Value)[] parameters) => _client.CallAsync("external_add_lead", parameters);

    private Task<int> LeadsWithNumberAsync(string number) => factory.QueryAsync(db => db.Leads.CountAsync(l => l.Details.PhoneNumber == number));

    private Task AddDncAsync(string number, string? campaignId) =>
        factory.ChangeAsync(db => db.DncNumbers.Add(new DncNumber { PhoneNumber = number, CampaignId = campaignId, AddedAt = DateTimeOffset.UtcNow, AddedBy = "admin" }));

    [Fact]
    public async Task External_add_lead_without_a_phone_code_is_not_valid_and_ends_the_request()
    {
        var reply = await AddAsync(("agent_user", "1001"), ("phone_number", "3125557000"), ("close_window_link", "1"));

        Assert.Equal("ERROR: external_add_lead not valid - 3125557000||1001|\n", reply.Body);
    }

    [Fact]
    public async Task External_add_lead_without_an_agent_is_not_valid()
    {
        var reply = await AddAsync(("alt_user", "C"), ("phone_number", "3125557000"), ("phone_code", "1"));

        Assert.Equal("ERROR: external_add_lead not valid - 3125557000|1||C\n", reply.Body);
    }

    [Fact]
    public async Task External_add_lead_needs_the_function_permission()
    {
        var reply = await _client.CallAsAsync(LeadsApiFactory.NoFunctionsUser, "external_add_lead", ("agent_user", "1001"), ("phone_number", "3125557000"), ("phone_code", "1"));

        Assert.Equal("ERROR: auth USER DOES NOT HAVE PERMISSION TO USE THIS FUNCTION - 3125557000|apinone|external_add_lead|APITEST\n", reply.Body);
    }

    [Fact]
    public async Task External_add_lead_for_an_agent_who_is_not_logged_in_says_so()
    {
        var reply = await AddAsync(("agent_user", "1020"), ("phone_number", "3125557000"), ("phone_code", "1"));

        Assert.Equal("ERROR: agent_user is not logged in - 1020\n", reply.Body);
    }

    [Fact]
    public async Task External_add_lead_stores_every_field_in_the_campaigns_manual_dial_list()
    {
        await factory.LogInAsync("1002");
        var number = LeadsApi.NewNumber();

        var (reply, rows) = await factory.CallAuditedAsync(_client, "external_add_lead", 1,
            ("agent_user", "1002"), ("phone_number", number), ("phone_code", "44"), ("first_name", "Bob"), ("last_name", "O'Brien"),
            ("vendor_lead_code", "IGNORED"), ("vendor_id", "CRM-1"), ("source_id", "WEB"), ("title", "Mr"), ("middle_initial", "Q"),
            ("address1", "1 Main St"), ("address2", "Floor 2"), ("address3", "Suite 9"), ("city", "Springfield"), ("state", "IL"),
            ("province", "Sangamon"), ("postal_code", "62701"), ("country_code", "USA"), ("gender", "M"), ("date_of_birth", "1980-02-29"),
            ("alt_phone", "3125550199"), ("email", "bob@example.com"), ("security_phrase", "blue"), ("comments", "Wants a call"),
            ("rank", "7"), ("owner", "1002"));

        var fields = reply.SuccessFields();
        var leadId = long.Parse(fields[3], System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal($"SUCCESS: lead added - {number}|TESTCAMP|101|{leadId}|1002\n", reply.Body);
        Assert.Equal(("SUCCESS", "lead added", $"{number}|101|{leadId}"), (rows[0].Result, rows[0].ResultReason, rows[0].Data));
        var lead = await factory.LeadAsync(leadId);
        Assert.Equal((101L, Lead.NewStatus, "api"), (lead.ListId, lead.Status, lead.User));
        Assert.Equal(new LeadDetails
        {
            PhoneCode = "44", PhoneNumber = number, FirstName = "Bob", LastName = "O'Brien", VendorLeadCode = "CRM-1", SourceId = "WEB",
            Title = "Mr", MiddleInitial = "Q", Address1 = "1 Main St", Address2 = "Floor 2", Address3 = "Suite 9", City = "Springfield",
            State = "IL", Province = "Sangamon", PostalCode = "62701", CountryCode = "USA", Gender = "M", DateOfBirth = new DateOnly(1980, 2, 29),
            AltPhone = "3125550199", Email = "bob@example.com", SecurityPhrase = "blue", Comments = "Wants a call", Rank = 7, Owner = "1002",
        }, lead.Details);
    }

    [Fact]
    public async Task External_add_lead_takes_the_number_from_value_when_given()
    {
        await factory.LogInAsync("1003");
        var number = LeadsApi.NewNumber();

        var reply = await AddAsync(("agent_user", "1003"), ("value", number), ("phone_number", "3125550000"), ("phone_code", "1"));

        Assert.StartsWith($"SUCCESS: lead added - {number}|TESTCAMP|101|", reply.Body, StringComparison.Ordinal);
        Assert.Equal(1, await LeadsWithNumberAsync(number));
    }

    [Fact]
    public async Task Number_on_the_system_dnc_list_is_not_added_when_dnc_check_is_asked()
    {
        await factory.LogInAsync("1004");
        var number = LeadsApi.NewNumber();
        await AddDncAsync(number, campaignId: null);

        var (reply, rows) = await factory.CallAuditedAsync(_client, "external_add_lead", 1, ("agent_user", "1004"), ("phone_number", number), ("phone_code", "1"), ("dnc_check", "Y"));

        Assert.Equal($"ERROR: add_lead PHONE NUMBER IN DNC - {number}|1004\n", reply.Body);
        Assert.Equal(number, rows[0].Data);
        Assert.Equal(0, await LeadsWithNumberAsync(number));
    }

    [Fact]
    public async Task Number_on_a_dnc_list_is_added_when_no_check_is_asked()
    {
        await factory.LogInAsync("1005");
        var number = LeadsApi.NewNumber();
        await AddDncAsync(number, campaignId: null);

        var reply = await AddAsync(("agent_user", "1005"), ("phone_number", number), ("phone_code", "1"));

        Assert.StartsWith("SUCCESS: lead added - ", reply.Body, StringComparison.Ordinal);
        Assert.Equal(1, await LeadsWithNumberAsync(number));
    }

    [Fact]
    public async Task Number_on_the_campaign_dnc_list_is_not_added_when_campaign_dnc_check_is_asked()
    {
        await factory.LogInAsync("1006");
        var number = LeadsApi.NewNumber();
        await AddDncAsync(number, "TESTCAMP");

        var (reply, rows) = await factory.CallAuditedAsync(
            _client, "external_add_lead", 1, ("agent_user", "1006"), ("phone_number", number), ("phone_code", "1"), ("dnc_check", "YES"), ("campaign_dnc_check", "YES"));

        Assert.Equal($"ERROR: add_lead PHONE NUMBER IN CAMPAIGN DNC - {number}|TESTCAMP|1006\n", reply.Body);
        Assert.Equal($"{number}|TESTCAMP", rows[0].Data);
        Assert.Equal(0, await LeadsWithNumberAsync(number));
    }

    [Fact]
    public async Task Number_on_both_dnc_lists_gets_both_lines_in_order()
    {
        await factory.LogInAsync("1007");
        var number = LeadsApi.NewNumber();
        await AddDncAsync(number, campaignId: null);
        await AddDncAsync(number, "TESTCAMP");

        var reply = await AddAsync(("agent_user", "1007"), ("phone_number", number), ("phone_code", "1"), ("dnc_check", "YES"), ("campaign_dnc_check", "Y"));

        Assert.Equal($"ERROR: add_lead PHONE NUMBER IN DNC - {number}|1007\nERROR: add_lead PHONE NUMBER IN CAMPAIGN DNC - {number}|TESTCAMP|1007\n", reply.Body);
    }

    [Fact]
    public async Task Campaign_without_a_lead_list_has_no_manual_dial_list()
    {
        await factory.LogInAsync("2002", LeadsApiFactory.OutboundOnlyCampaign);
        var number = LeadsApi.NewNumber();

        var reply = await AddAsync(("agent_user", "2002"), ("phone_number", number), ("phone_code", "1"));

        Assert.Equal($"ERROR: campaign manual dial list undefined - {number}||2002\n", reply.Body);
        Assert.Equal(0, await LeadsWithNumberAsync(number));
    }

    [Fact]
    public async Task A_value_portal_cannot_store_fails_the_insertion_and_the_log_says_why()
    {
        await factory.LogInAsync("1008");
        var number = LeadsApi.NewNumber();

        var (reply, rows) = await factory.CallAuditedAsync(_client, "external_add_lead", 1, ("agent_user", "1008"), ("phone_number", number), ("phone_code", "1"), ("email", "not-an-address"));

        Assert.Equal($"ERROR: lead insertion failed - {number}|TESTCAMP|101|1008\n", reply.Body);
        Assert.Equal($"{number}|101|email: Enter a valid e-mail address.", rows[0].Data);
        Assert.Equal(0, await LeadsWithNumberAsync(number));
    }
}
