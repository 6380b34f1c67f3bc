namespace Portal.IntegrationTests.Admin;

using Portal.Domain.Leads;
using Portal.Infrastructure.Admin.Leads;
using Portal.Infrastructure.Leads;

/// <summary>Lists and leads through the admin services.</summary>
public sealed class LeadAdminTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private readonly IListAdmin _lists = factory.Get<IListAdmin>();
    private readonly ILeadAdmin _leads = factory.Get<ILeadAdmin>();

    [Fact]
    public async Task A_new_list_is_listed_with_its_campaign_and_lead_count()
    {
        Assert.True((await _lists.CreateAsync(Callers.Admin, 9001, "Spring mailing", "TESTCAMP")).Succeeded);
        await factory.Get<LeadDirectory>().AddAsync(9001, new LeadDetails { PhoneNumber = "3125559001" }, "admin");

        var listed = (await _lists.ListAsync(Callers.Admin)).Single(l => l.Id == 9001);

        Assert.Equal(new LeadListSummary(9001, "Spring mailing", "TESTCAMP", true, 1), listed);
    }

    [Fact]
    public async Task A_deactivated_list_keeps_its_leads_and_no_longer_takes_manual_dial_leads()
    {
        await _lists.CreateAsync(Callers.Admin, 9002, "Manual first", "INBOUND");
        await _lists.UpdateAsync(Callers.Admin, 201, "INBOUND callers", "INBOUND");
        var directory = factory.Get<LeadDirectory>();
        await directory.AddAsync(9002, new LeadDetails { PhoneNumber = "3125559002" }, "admin");

        await _lists.SetActiveAsync(Callers.Admin, 201, active: false);

        Assert.Equal(9002, await directory.ManualDialListAsync("INBOUND"));
        Assert.Equal(100, (await _lists.ListAsync(Callers.Admin)).Single(l => l.Id == 201).Leads);
        await _lists.SetActiveAsync(Callers.Admin, 201, active: true);
        Assert.Equal(201, await directory.ManualDialListAsync("INBOUND"));
    }

    [Fact]
    public async Task List_input_that_breaks_the_rules_is_refused_by_field()
    {
        var id = await _lists.CreateAsync(Callers.Admin, 0, "Zero", "TESTCAMP");
        var taken = await _lists.CreateAsync(Callers.Admin, 101, "Again", "TESTCAMP");
        var name = await _lists.CreateAsync(Callers.Admin, 9003, "", "TESTCAMP");
        var campaign = await _lists.CreateAsync(Callers.Admin, 9004, "Nowhere", "NOSUCH");

        Assert.Contains("Id", id.Problems.Keys);
        Assert.Equal("There is already a list 101.", taken.Problems["Id"]);
        Assert.Contains("Name", name.Problems.Keys);
        Assert.Equal("There is no campaign NOSUCH.", campaign.Problems["CampaignId"]);
    }

    [Fact]
    public async Task Search_finds_leads_by_phone_name_or_id_within_a_list()
    {
        var directory = factory.Get<LeadDirectory>();
        var id = await directory.AddAsync(101, new LeadDetails { PhoneNumber = "3125559010", FirstName = "Zebedee", LastName = "Quartermaine" }, "admin");

        Assert.Equal([id], (await _leads.SearchAsync(Callers.Admin, "5559010", null)).Select(l => l.LeadId));
        Assert.Equal([id], (await _leads.SearchAsync(Callers.Admin, "zebedee quarter", 101)).Select(l => l.LeadId));
        Assert.Contains(id, (await _leads.SearchAsync(Callers.Admin, $"{id}", 101)).Select(l => l.LeadId));
        Assert.Empty(await _leads.SearchAsync(Callers.Admin, "Zebedee", 201));
    }

    [Fact]
    public async Task An_exact_lead_id_is_listed_first_even_past_the_cap_of_phone_matches()
    {
        var directory = factory.Get<LeadDirectory>();
        await _lists.CreateAsync(Callers.Admin, 9005, "Many phones", "TESTCAMP");
        var first = await directory.AddAsync(9005, new LeadDetails { PhoneNumber = "3125550000" }, "admin");
        var target = first + LeadAdmin.MaxResults + 2;
        for (var i = 0; i <= LeadAdmin.MaxResults; i++)
        {
            await directory.AddAsync(9005, new LeadDetails { PhoneNumber = $"31{target}{i:D3}" }, "admin");
        }

        Assert.Equal(target, await directory.AddAsync(9005, new LeadDetails { PhoneNumber = "3125550001" }, "admin"));
        var found = await _leads.SearchAsync(Callers.Admin, $"{target}", 9005);

        Assert.Equal(LeadAdmin.MaxResults, found.Count);
        Assert.Equal(target, found[0].LeadId);
    }

    [Fact]
    public async Task Lead_edits_are_saved_when_valid_and_refused_by_field_when_not()
    {
        var id = await factory.Get<LeadDirectory>().AddAsync(101, new LeadDetails { PhoneNumber = "3125559020" }, "admin");

        var bad = await _leads.UpdateAsync(Callers.Admin, id, new LeadDetails { PhoneNumber = "12ab", Email = "nope" });
        var good = await _leads.UpdateAsync(Callers.Admin, id, new LeadDetails { PhoneNumber = "3125559021", FirstName = "Ada" });

        Assert.Equal(["Email", "PhoneNumber"], bad.Problems.Keys.Order());
        Assert.True(good.Succeeded);
        var lead = (await _leads.GetAsync(Callers.Admin, id))!;
        Assert.Equal(("3125559021", "Ada"), (lead.Details.PhoneNumber, lead.Details.FirstName));
    }

    [Theory]
    [MemberData(nameof(Callers.NotAdmins), MemberType = typeof(Callers))]
    public async Task Only_admins_may_use_the_services(string userName)
    {
        var caller = Callers.SignedIn(userName);

        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => _lists.ListAsync(caller));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => _leads.SearchAsync(caller, "555", null));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => _leads.UpdateAsync(caller, 1, new LeadDetails { PhoneNumber = "3125550000" }));
    }
}
