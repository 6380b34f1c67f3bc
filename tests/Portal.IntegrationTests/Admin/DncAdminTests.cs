namespace Portal.IntegrationTests.Admin;

using Portal.Infrastructure.Admin.Dnc;
using Portal.Infrastructure.Calls;

/// <summary>Do-not-call numbers: refused by the dialler as soon as they are added, dialable again once removed.</summary>
public sealed class DncAdminTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private readonly IDncAdmin _dnc = factory.Get<IDncAdmin>();
    private readonly DncList _lists = factory.Get<DncList>();

    [Fact]
    public async Task A_system_number_is_refused_in_every_campaign_until_removed()
    {
        Assert.True((await _dnc.AddAsync(Callers.Admin, "3125557001", null)).Succeeded);

        Assert.True(await _lists.ContainsAsync("3125557001", "TESTCAMP"));
        Assert.True(await _lists.ContainsAsync("3125557001", "INBOUND"));
        var entry = (await _dnc.SearchAsync(Callers.Admin, "7001")).Single();
        Assert.Equal(("3125557001", null, "admin"), (entry.PhoneNumber, entry.CampaignId, entry.AddedBy));

        Assert.True((await _dnc.RemoveAsync(Callers.Admin, entry.Id)).Succeeded);
        Assert.False(await _lists.ContainsAsync("3125557001", "TESTCAMP"));
    }

    [Fact]
    public async Task A_formatted_number_is_stored_as_its_digits_like_the_csv_import_does()
    {
        Assert.True((await _dnc.AddAsync(Callers.Admin, " (312) 555-7004 ", null)).Succeeded);

        Assert.True(await _lists.ContainsAsync("3125557004", "TESTCAMP"));
        Assert.False((await _dnc.AddAsync(Callers.Admin, "312.555.7004", null)).Succeeded);
        Assert.False((await _dnc.AddAsync(Callers.Admin, "312-555-70O4", null)).Succeeded);
    }

    [Fact]
    public async Task A_campaign_number_is_refused_only_in_that_campaign()
    {
        await _dnc.AddAsync(Callers.Admin, "3125557002", "INBOUND");

        Assert.True(await _lists.ContainsAsync("3125557002", "INBOUND"));
        Assert.False(await _lists.ContainsAsync("3125557002", "TESTCAMP"));
    }

    [Fact]
    public async Task A_manual_dial_of_a_number_just_added_is_refused()
    {
        await _dnc.AddAsync(Callers.Admin, "3125557003", null);
        await factory.LogInAsync("1001");

        var dial = await factory.Get<CallDesk>().ManualDialAsync("1001", new ManualDialRequest("1", "3125557003", SearchExistingLead: false));

        Assert.False(dial.Succeeded);
    }

    [Theory]
    [InlineData("12", null, "PhoneNumber")]
    [InlineData("31255x7004", null, "PhoneNumber")]
    [InlineData("3125557004", "NOSUCH", "CampaignId")]
    public async Task Bad_input_is_refused_by_field(string number, string? campaign, string field)
    {
        var result = await _dnc.AddAsync(Callers.Admin, number, campaign);

        Assert.Contains(field, result.Problems.Keys);
    }

    [Fact]
    public async Task A_number_already_on_the_list_is_refused_and_removing_twice_says_so()
    {
        await _dnc.AddAsync(Callers.Admin, "3125557005", null);
        var again = await _dnc.AddAsync(Callers.Admin, "3125557005", null);
        var id = (await _dnc.SearchAsync(Callers.Admin, "3125557005")).Single().Id;
        await _dnc.RemoveAsync(Callers.Admin, id);

        var removedTwice = await _dnc.RemoveAsync(Callers.Admin, id);

        Assert.Equal("3125557005 is already on the system list.", again.Problems["PhoneNumber"]);
        Assert.False(removedTwice.Succeeded);
    }

    [Theory]
    [MemberData(nameof(Callers.NotAdmins), MemberType = typeof(Callers))]
    public async Task Only_admins_may_use_the_service(string userName)
    {
        var caller = Callers.SignedIn(userName);

        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => _dnc.SearchAsync(caller, null));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => _dnc.AddAsync(caller, "3125557009", null));
    }
}
