namespace Portal.IntegrationTests;

using Portal.Infrastructure.Agents;

/// <summary>change_ingroups through /agc/api.php (contract §3.14): CHANGE, ADD, REMOVE, blended and set_as_default.</summary>
public sealed class ChangeInGroupsApiTests(LeadsApiFactory factory) : IClassFixture<LeadsApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private Task<ApiReply> ChangeAsync(params (string Name, string Value)[] parameters) => _client.CallAsync("change_ingroups", parameters);

    [Fact]
    public async Task Change_ingroups_without_blended_is_not_valid_and_logs_its_fields()
    {
        var (reply, rows) = await factory.CallAuditedAsync(_client, "change_ingroups", 1, ("agent_user", "1001"), ("value", "CHANGE"), ("ingroup_choices", " SALESLINE -"));

        Assert.Equal("ERROR: change_ingroups not valid - CHANGE|| SALESLINE -|1001\n", reply.Body);
        Assert.Equal("CHANGE|| SALESLINE -", rows[0].Data);
    }

    [Fact]
    public async Task Change_ingroups_value_keeps_only_uppercase_letters()
    {
        var reply = await ChangeAsync(("agent_user", "1001"), ("value", "ad-d"), ("blended", "NO"));

        Assert.Equal("ERROR: change_ingroups not valid - |NO||1001\n", reply.Body);
    }

    [Fact]
    public async Task Change_ingroups_needs_the_function_permission()
    {
        var reply = await _client.CallAsAsync(LeadsApiFactory.NoFunctionsUser, "change_ingroups", ("agent_user", "1001"), ("value", "CHANGE"), ("blended", "NO"));

        Assert.Equal("ERROR: auth USER DOES NOT HAVE PERMISSION TO USE THIS FUNCTION - CHANGE|apinone|change_ingroups|APITEST\n", reply.Body);
    }

    [Fact]
    public async Task Change_ingroups_ignores_alt_user_and_needs_a_logged_in_agent_user()
    {
        await factory.LogInAsync("2006");

        var reply = await ChangeAsync(("agent_user", "1020"), ("alt_user", "CRM2006"), ("value", "CHANGE"), ("blended", "NO"));

        Assert.Equal("ERROR: agent_user is not logged in - 1020\n", reply.Body);
    }

    [Fact]
    public async Task Campaign_without_inbound_refuses()
    {
        await factory.LogInAsync("2002", LeadsApiFactory.OutboundOnlyCampaign);

        var reply = await ChangeAsync(("agent_user", "2002"), ("value", "CHANGE"), ("blended", "NO"), ("ingroup_choices", " SALESLINE -"));

        Assert.Equal("ERROR: campaign does not allow inbound calls - 2002\n", reply.Body);
    }

    [Fact]
    public async Task Api_user_without_change_agent_campaign_may_not_change_in_groups()
    {
        await factory.LogInAsync("1002");

        var reply = await _client.CallAsAsync(LeadsApiFactory.NoRightsUser, "change_ingroups", ("agent_user", "1002"), ("value", "CHANGE"), ("blended", "NO"), ("ingroup_choices", " SALESLINE -"));

        Assert.Equal("ERROR: user is not allowed to change agent in-groups - apiplain\n", reply.Body);
        Assert.Equal(["SALESLINE", "SUPPORT"], factory.Session("1002")?.InGroups);
    }

    [Fact]
    public async Task Blended_on_a_campaign_without_auto_dial_is_refused()
    {
        await factory.LogInAsync("1003", "INBOUND");

        var reply = await ChangeAsync(("agent_user", "1003"), ("value", "CHANGE"), ("blended", "YES"), ("ingroup_choices", " SALESLINE -"), ("close_window_link", "1"));

        Assert.Equal("ERROR: campaign dial_method does not allow outbound autodial - 1003|YES\n", reply.Body);
    }

    [Fact]
    public async Task Unknown_in_group_is_refused_with_the_list()
    {
        await factory.LogInAsync("1004");

        var reply = await ChangeAsync(("agent_user", "1004"), ("value", "CHANGE"), ("blended", "NO"), ("ingroup_choices", " SALESLINE FAKE_IN -"));

        Assert.Equal("ERROR: ingroup does not exist - 1004|FAKE_IN| SALESLINE FAKE_IN -\n", reply.Body);
        Assert.Equal(["SALESLINE", "SUPPORT"], factory.Session("1004")?.InGroups);
    }

    [Fact]
    public async Task In_group_of_another_campaign_is_refused()
    {
        await factory.LogInAsync("1005");

        var reply = await ChangeAsync(("agent_user", "1005"), ("value", "ADD"), ("blended", "NO"), ("ingroup_choices", $" {LeadsApiFactory.ForeignInGroup} -"));

        Assert.Equal("ERROR: ingroup is not allowed in this campaign - 1005|OTHERQ| OTHERQ -\n", reply.Body);
    }

    [Fact]
    public async Task Add_and_remove_need_in_groups()
    {
        await factory.LogInAsync("1006");

        var reply = await ChangeAsync(("agent_user", "1006"), ("value", "REMOVE"), ("blended", "NO"), ("ingroup_choices", " -"));

        Assert.Equal("ERROR: ingroup_choices are required for ADD and REMOVE values - 1006|REMOVE|\n", reply.Body);
    }

    [Fact]
    public async Task Change_replaces_the_in_groups_and_blended_and_logs_the_new_list()
    {
        await factory.LogInAsync("1007");

        var (reply, rows) = await factory.CallAuditedAsync(_client, "change_ingroups", 1, ("agent_user", "1007"), ("value", "CHANGE"), ("blended", "NO"), ("ingroup_choices", "+SUPPORT+-"));

        Assert.Equal("SUCCESS: change_ingroups function set - api|1007| SUPPORT -|NO|\n", reply.Body);
        Assert.Equal(("SUCCESS", "change_ingroups function set", " SUPPORT -|NO|"), (rows[0].Result, rows[0].ResultReason, rows[0].Data));
        var session = factory.Session("1007")!;
        Assert.Equal(["SUPPORT"], session.InGroups);
        Assert.False(session.Blended);
    }

    [Fact]
    public async Task Change_with_an_empty_list_clears_the_in_groups()
    {
        await factory.LogInAsync("1008");

        var reply = await ChangeAsync(("agent_user", "1008"), ("value", "CHANGE"), ("blended", "YES"));

        Assert.Equal("SUCCESS: change_ingroups function set - api|1008||YES|\n", reply.Body);
        Assert.Equal((0, true), (factory.Session("1008")!.InGroups.Count, factory.Session("1008")!.Blended));
    }

    [Fact]
    public async Task Add_joins_the_listed_in_groups_to_the_current_ones()
    {
        await factory.LogInAsync("1009");
        await ChangeAsync(("agent_user", "1009"), ("value", "CHANGE"), ("blended", "NO"), ("ingroup_choices", " SUPPORT -"));

        var reply = await ChangeAsync(("agent_user", "1009"), ("value", "ADD"), ("blended", "NO"), ("ingroup_choices", " SALESLINE SUPPORT -"));

        Assert.Equal("SUCCESS: change_ingroups function set - api|1009| SUPPORT SALESLINE -|NO|\n", reply.Body);
        Assert.Equal(["SUPPORT", "SALESLINE"], factory.Session("1009")?.InGroups);
    }

    [Fact]
    public async Task Remove_takes_the_listed_in_groups_away()
    {
        await factory.LogInAsync("1010");

        var reply = await ChangeAsync(("agent_user", "1010"), ("value", "REMOVE"), ("blended", "YES"), ("ingroup_choices", " SALESLINE -"));

        Assert.Equal("SUCCESS: change_ingroups function set - api|1010| SUPPORT -|YES|\n", reply.Body);
        Assert.Equal(["SUPPORT"], factory.Session("1010")?.InGroups);
        Assert.True(factory.Session("1010")?.Blended);
    }

    [Fact]
    public async Task Set_as_default_stores_the_choice_for_the_agents_next_login()
    {
        await factory.LogInAsync("1011");

        var reply = await ChangeAsync(("agent_user", "1011"), ("value", "CHANGE"), ("blended", "NO"), ("ingroup_choices", " SUPPORT -"), ("set_as_default", "YES"));

        Assert.Equal("SUCCESS: change_ingroups function set - api|1011| SUPPORT -|NO|User settings set as default\n", reply.Body);
        await factory.SendAsync("1011", new Portal.Domain.Sessions.LogOut());
        var next = await factory.LogInAsync("1011");
        Assert.Equal(["SUPPORT"], next.InGroups);
        Assert.False(next.Blended);
        Assert.Equal(["SUPPORT"], (await factory.Get<AgentDesk>().DefaultInGroupsAsync("1011"))?.InGroups);
    }
}
