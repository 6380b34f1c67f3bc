namespace Portal.IntegrationTests.Admin;

using Portal.Domain.Users;
using Portal.Infrastructure.Admin.UserGroups;
using Portal.Infrastructure.Admin.Users;
using Portal.Infrastructure.Agents;
using Portal.Infrastructure.Supervision;

/// <summary>User groups: the campaigns they open to their agents and the groups their supervisors see.</summary>
public sealed class UserGroupAdminTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private readonly IUserGroupAdmin _groups = factory.Get<IUserGroupAdmin>();
    private readonly IUserAdmin _users = factory.Get<IUserAdmin>();

    private static UserGroupSettings Only(params string[] campaigns) => new("Inbound team", false, campaigns, true, []);

    private async Task AddAgentAsync(string userName, string group)
    {
        var created = await _users.CreateAsync(Callers.Admin, userName, "Group-agent-1",
            new UserSettings { FullName = userName, Role = PortalRoles.Agent, UserGroupId = group });
        Assert.True(created.Succeeded, string.Join(" ", created.Problems.Values));
    }

    [Fact]
    public async Task A_new_group_opens_only_its_campaigns_to_its_agents()
    {
        Assert.True((await _groups.CreateAsync(Callers.Admin, "INBTEAM", Only("INBOUND"))).Succeeded);
        await AddAgentAsync("inb601", "INBTEAM");

        var campaigns = await factory.Get<AgentDesk>().CampaignsForAsync("inb601");

        Assert.Equal(["INBOUND"], campaigns.Select(c => c.Id));
    }

    [Fact]
    public async Task A_deactivated_group_keeps_its_members_but_opens_no_campaign()
    {
        await _groups.CreateAsync(Callers.Admin, "OLDTEAM", Only("TESTCAMP"));
        await AddAgentAsync("old602", "OLDTEAM");

        Assert.True((await _groups.SetActiveAsync(Callers.Admin, "OLDTEAM", active: false)).Succeeded);

        Assert.Empty(await factory.Get<AgentDesk>().CampaignsForAsync("old602"));
        var listed = (await _groups.ListAsync(Callers.Admin)).Single(g => g.Id == "OLDTEAM");
        Assert.Equal((false, 1), (listed.Active, listed.Members));
        Assert.Equal("OLDTEAM", (await _users.GetAsync(Callers.Admin, "old602"))!.Settings.UserGroupId);
    }

    [Fact]
    public async Task Viewable_groups_limit_what_its_supervisors_see()
    {
        await _groups.CreateAsync(Callers.Admin, "TEAMLEAD", new UserGroupSettings("Team leads", true, [], false, ["AGENTS"]));
        await _users.CreateAsync(Callers.Admin, "lead603", "Group-lead-1",
            new UserSettings { FullName = "Lead", Role = PortalRoles.Supervisor, UserLevel = 8, UserGroupId = "TEAMLEAD" });

        var scope = await factory.Get<LiveSessionBoard>().ScopeForAsync("lead603");

        Assert.True(scope.AllowsUserGroup("AGENTS"));
        Assert.False(scope.AllowsUserGroup("SUPERVISORS"));
    }

    [Fact]
    public async Task Settings_are_stored_and_listed_as_entered()
    {
        await _groups.CreateAsync(Callers.Admin, "MIXED", new UserGroupSettings("Mixed", false, ["TESTCAMP", "INBOUND"], false, ["AGENTS", "MIXED"]));

        var listed = (await _groups.ListAsync(Callers.Admin)).Single(g => g.Id == "MIXED");

        Assert.Equal(new[] { "INBOUND", "TESTCAMP" }, listed.Settings.Campaigns.Order());
        Assert.Equal(new[] { "AGENTS", "MIXED" }, listed.Settings.ViewableUserGroups.Order());
        Assert.False(listed.Settings.AllCampaigns);
    }

    [Theory]
    [InlineData("X", "Id")]
    [InlineData("AGENTS", "Id")]
    [InlineData("bad id", "Id")]
    public async Task A_bad_or_taken_id_is_refused(string id, string field)
    {
        var result = await _groups.CreateAsync(Callers.Admin, id, Only("TESTCAMP"));

        Assert.Contains(field, result.Problems.Keys);
    }

    [Fact]
    public async Task Unknown_campaigns_and_groups_and_a_blank_name_are_refused()
    {
        var campaign = await _groups.CreateAsync(Callers.Admin, "BAD1", Only("NOSUCH"));
        var group = await _groups.CreateAsync(Callers.Admin, "BAD2", new UserGroupSettings("Bad", true, [], false, ["NOSUCH"]));
        var name = await _groups.CreateAsync(Callers.Admin, "BAD3", Only("TESTCAMP") with { Name = " " });

        Assert.Equal("There is no campaign NOSUCH.", campaign.Problems["Campaigns"]);
        Assert.Equal("There is no user group NOSUCH.", group.Problems["ViewableUserGroups"]);
        Assert.Contains("Name", name.Problems.Keys);
        Assert.DoesNotContain(await _groups.ListAsync(Callers.Admin), g => g.Id.StartsWith("BAD", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Callers.NotAdmins), MemberType = typeof(Callers))]
    public async Task Only_admins_may_use_the_service(string userName)
    {
        var caller = Callers.SignedIn(userName);

        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => _groups.ListAsync(caller));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => _groups.SetActiveAsync(caller, "AGENTS", active: false));
    }
}
