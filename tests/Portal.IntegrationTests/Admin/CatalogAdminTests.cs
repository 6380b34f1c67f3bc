namespace Portal.IntegrationTests.Admin;

using Portal.Domain.Campaigns;
using Portal.Infrastructure.AgentApi.Leads;
using Portal.Infrastructure.Admin.Campaigns;
using Portal.Infrastructure.Admin.Catalog;
using Portal.Infrastructure.Admin.UserGroups;
using Portal.Infrastructure.Agents;
using Portal.Infrastructure.Calls;

/// <summary>In-groups, statuses and pause codes: offered at once when added, hidden from agents and APIs when deactivated.</summary>
public sealed class CatalogAdminTests(DialOutcomesFactory factory) : IClassFixture<DialOutcomesFactory>, IAsyncLifetime
{
    private readonly IInGroupAdmin _inGroups = factory.Get<IInGroupAdmin>();
    private readonly IStatusAdmin _statuses = factory.Get<IStatusAdmin>();
    private readonly IPauseCodeAdmin _pauseCodes = factory.Get<IPauseCodeAdmin>();
    private readonly AgentDesk _desk = factory.Get<AgentDesk>();
    private readonly CallDesk _calls = factory.Get<CallDesk>();

    public Task InitializeAsync() => factory.ResetCallCenterAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>A campaign of its own (open to the demo agents) taking calls from these in-groups.</summary>
    private async Task CampaignAsync(string id, params string[] inGroups)
    {
        var settings = new CampaignSettings { Name = id, DialMethod = DialMethod.InboundMan, InboundAllowed = true, InGroupIds = inGroups };
        Assert.True((await factory.Get<ICampaignAdmin>().CreateAsync(Callers.Admin, id, settings)).Succeeded);
        var groups = factory.Get<IUserGroupAdmin>();
        var agents = (await groups.ListAsync(Callers.Admin)).Single(g => g.Id == "AGENTS");
        await groups.UpdateAsync(Callers.Admin, "AGENTS", agents.Settings with { Campaigns = [.. agents.Settings.Campaigns, id] });
    }

    [Fact]
    public async Task A_deactivated_in_group_is_no_longer_offered_to_agents_or_the_api()
    {
        await _inGroups.CreateAsync(Callers.Admin, "GONEQ", new InGroupSettings("Going away", "#aa0000", 1, 201));
        await CampaignAsync("IGC801", "GONEQ", "SUPPORT");

        Assert.True((await _inGroups.SetActiveAsync(Callers.Admin, "GONEQ", active: false)).Succeeded);

        var choice = (await _desk.CampaignsForAsync("1001")).Single(c => c.Id == "IGC801");
        Assert.Equal(["SUPPORT"], choice.InGroups);
        Assert.Equal(["SUPPORT"], (await _desk.ProfileAsync("IGC801"))!.InGroups.Select(g => g.Id));
        Assert.Null((await _desk.LogInAsync("1001", "IGC801", "1001", ["GONEQ"], blended: false)).Session);
        Assert.Empty(await factory.Get<AgentApiCampaigns>().ExistingInGroupsAsync(["GONEQ"]));
        var listed = (await _inGroups.ListAsync(Callers.Admin)).Single(g => g.Id == "GONEQ");
        Assert.False(listed.Active);
        Assert.Equal(["IGC801"], listed.Campaigns);
    }

    [Fact]
    public async Task In_group_changes_are_stored()
    {
        await _inGroups.CreateAsync(Callers.Admin, "CHGQ", new InGroupSettings("Before", "#000000", 1, null));

        var changed = await _inGroups.UpdateAsync(Callers.Admin, "CHGQ", new InGroupSettings("After", "#00ff00", 9, 101));

        Assert.True(changed.Succeeded);
        Assert.Equal(new InGroupSettings("After", "#00ff00", 9, 101), (await _inGroups.ListAsync(Callers.Admin)).Single(g => g.Id == "CHGQ").Settings);
    }

    [Theory]
    [InlineData("Q", "Id")]
    [InlineData("SUPPORT", "Id")]
    [InlineData("AGENTDIRECT", "Id")]
    public async Task A_bad_taken_or_reserved_in_group_id_is_refused(string id, string field)
    {
        var result = await _inGroups.CreateAsync(Callers.Admin, id, new InGroupSettings("Queue", "#123456", 1, null));

        Assert.Contains(field, result.Problems.Keys);
    }

    [Fact]
    public async Task In_group_settings_that_break_the_rules_are_refused_by_field()
    {
        var result = await _inGroups.CreateAsync(Callers.Admin, "BADQ", new InGroupSettings("", "red", 100, null));
        var list = await _inGroups.CreateAsync(Callers.Admin, "BADQ2", new InGroupSettings("Queue", "#123456", 1, 999));

        Assert.Equal(["Color", "Name", "Priority"], result.Problems.Keys.Order());
        Assert.Equal("There is no list 999.", list.Problems["DefaultListId"]);
    }

    [Fact]
    public async Task A_campaign_status_is_offered_only_in_its_campaign()
    {
        Assert.True((await _statuses.CreateAsync(Callers.Admin, "promo", "TESTCAMP", "Took the promotion", StatusFlags.Selectable | StatusFlags.Sale)).Succeeded);

        Assert.Contains(await _calls.StatusesAsync("TESTCAMP"), s => s.Code == "PROMO");
        Assert.DoesNotContain(await _calls.StatusesAsync("INBOUND"), s => s.Code == "PROMO");
    }

    [Fact]
    public async Task A_deactivated_status_cannot_be_chosen_by_agent_or_api_and_stays_on_its_leads()
    {
        await _statuses.CreateAsync(Callers.Admin, "OLDST", "TESTCAMP", "Old outcome", StatusFlags.Selectable);
        var first = await factory.LogInToDispositionAsync("1002");
        Assert.True((await _calls.DispositionAsync("1002", "OLDST", pauseAfter: false, callback: null)).Succeeded);

        Assert.True((await _statuses.SetActiveAsync(Callers.Admin, "OLDST", "TESTCAMP", active: false)).Succeeded);

        Assert.DoesNotContain(await _calls.StatusesAsync("TESTCAMP"), s => s.Code == "OLDST");
        Assert.Equal("OLDST", (await factory.LeadAsync(first.Call!.LeadId!.Value)).Status);
        await factory.LogInToDispositionAsync("1003", DialOutcomesFactory.OtherAnswerNumber);
        var desk = await _calls.DispositionAsync("1003", "OLDST", pauseAfter: false, callback: null);
        Assert.Equal("OLDST is not a status you can choose.", desk.Error);
        var api = await factory.CreateClient().CallAsync("external_status", ("agent_user", "1003"), ("value", "OLDST"));
        Assert.StartsWith("ERROR: external_status not valid", api.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_status_code_is_either_a_system_or_a_campaign_status()
    {
        var shadow = await _statuses.CreateAsync(Callers.Admin, "SALE", "TESTCAMP", "Campaign sale", StatusFlags.Selectable);
        await _statuses.CreateAsync(Callers.Admin, "ONLYTC", "TESTCAMP", "Campaign only", StatusFlags.Selectable);
        var promote = await _statuses.CreateAsync(Callers.Admin, "ONLYTC", null, "Everywhere", StatusFlags.Selectable);

        Assert.Equal("SALE is already a system status.", shadow.Problems["Code"]);
        Assert.Equal("ONLYTC is already a status of campaign TESTCAMP.", promote.Problems["Code"]);
    }

    [Fact]
    public async Task Status_input_that_breaks_the_rules_is_refused_by_field()
    {
        var code = await _statuses.CreateAsync(Callers.Admin, "TOOLONG", null, "Name", StatusFlags.Selectable);
        var name = await _statuses.CreateAsync(Callers.Admin, "NONAME", null, " ", StatusFlags.Selectable);
        var campaign = await _statuses.CreateAsync(Callers.Admin, "NOCAMP", "NOSUCH", "Name", StatusFlags.Selectable);
        var missing = await _statuses.UpdateAsync(Callers.Admin, "NOSUCH", null, "Name", StatusFlags.None);

        Assert.Contains("Code", code.Problems.Keys);
        Assert.Contains("Name", name.Problems.Keys);
        Assert.Contains("CampaignId", campaign.Problems.Keys);
        Assert.False(missing.Succeeded);
    }

    [Fact]
    public async Task Status_changes_are_stored_with_their_flags()
    {
        await _statuses.CreateAsync(Callers.Admin, "FLAGS", null, "Flags", StatusFlags.Selectable);

        await _statuses.UpdateAsync(Callers.Admin, "FLAGS", null, "Flagged", StatusFlags.Selectable | StatusFlags.Dnc | StatusFlags.Completed);

        var listed = (await _statuses.ListAsync(Callers.Admin)).Single(s => s.Code == "FLAGS");
        Assert.Equal(("Flagged", StatusFlags.Selectable | StatusFlags.Dnc | StatusFlags.Completed, true), (listed.Name, listed.Flags, listed.Active));
    }

    [Fact]
    public async Task A_pause_code_is_offered_until_it_is_deactivated()
    {
        Assert.True((await _pauseCodes.CreateAsync(Callers.Admin, "smoke", null, "Smoke break", billable: false)).Succeeded);
        Assert.Contains(await _desk.PauseCodesForAsync("INBOUND"), p => p.Code == "SMOKE");

        await _pauseCodes.SetActiveAsync(Callers.Admin, "SMOKE", null, active: false);

        Assert.DoesNotContain(await _desk.PauseCodesForAsync("INBOUND"), p => p.Code == "SMOKE");
        Assert.Contains(await _desk.PauseCodesForAsync("INBOUND"), p => p.Code == "BREAK");
        Assert.False((await _pauseCodes.ListAsync(Callers.Admin)).Single(p => p.Code == "SMOKE").Active);
    }

    [Fact]
    public async Task Pause_code_input_that_breaks_the_rules_is_refused_by_field()
    {
        var login = await _pauseCodes.CreateAsync(Callers.Admin, "LOGIN", null, "Login", billable: false);
        var clash = await _pauseCodes.CreateAsync(Callers.Admin, "BREAK", "TESTCAMP", "Campaign break", billable: false);
        var name = await _pauseCodes.CreateAsync(Callers.Admin, "NONAME", null, "", billable: false);
        var renamed = await _pauseCodes.UpdateAsync(Callers.Admin, "LUNCH", null, new string('x', 31), billable: false);

        Assert.Contains("Code", login.Problems.Keys);
        Assert.Equal("BREAK is already a pause code of every campaign.", clash.Problems["Code"]);
        Assert.Contains("Name", name.Problems.Keys);
        Assert.Contains("Name", renamed.Problems.Keys);
    }

    [Theory]
    [MemberData(nameof(Callers.NotAdmins), MemberType = typeof(Callers))]
    public async Task Only_admins_may_use_the_services(string userName)
    {
        var caller = Callers.SignedIn(userName);

        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => _inGroups.SetActiveAsync(caller, "SUPPORT", active: false));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => _statuses.CreateAsync(caller, "X", null, "X", StatusFlags.Selectable));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => _pauseCodes.ListAsync(caller));
    }
}
