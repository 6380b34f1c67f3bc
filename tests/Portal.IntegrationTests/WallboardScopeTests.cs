namespace Portal.IntegrationTests;

using Portal.Domain.Sessions;
using Portal.Infrastructure.Notifications;
using Portal.Infrastructure.Supervision;

/// <summary>Supervisors see and control only the agents their scope allows: campaigns and viewable user groups.</summary>
public sealed class WallboardScopeTests(SupervisorsFactory factory) : IClassFixture<SupervisorsFactory>
{
    private Wallboard Board => factory.Get<Wallboard>();

    private IRemoteControl Remote => factory.Get<IRemoteControl>();

    [Fact]
    public async Task Supervisor_sees_only_agents_in_the_campaigns_they_supervise()
    {
        await factory.LogInAsync("1001", "TESTCAMP");
        await factory.LogInAsync("1002", "INBOUND");

        var agents = await VisibleAgentsAsync(SupervisorsFactory.InboundSupervisor);

        Assert.Contains("1002", agents);
        Assert.DoesNotContain("1001", agents);
    }

    [Fact]
    public async Task Supervisor_sees_only_agents_of_the_user_groups_they_may_view()
    {
        await factory.LogInAsync("1003", "TESTCAMP");
        await TeamAgentLoggedInAsync();

        var agents = await VisibleAgentsAsync(SupervisorsFactory.TeamSupervisor);

        Assert.Contains(SupervisorsFactory.TeamAgent, agents);
        Assert.DoesNotContain("1003", agents);
    }

    [Fact]
    public async Task Catalog_offers_only_campaigns_and_user_groups_in_scope()
    {
        var scope = await Board.ScopeForAsync(SupervisorsFactory.InboundSupervisor);

        var catalog = await Board.CatalogAsync(scope);

        Assert.Equal(["INBOUND"], catalog.Campaigns.Select(c => c.Id));
        Assert.Equal(["SALESLINE", "SUPPORT"], catalog.InGroups.Select(g => g.Id));
    }

    [Fact]
    public async Task Force_pause_of_an_agent_in_another_campaign_is_refused_audited_and_changes_nothing()
    {
        await factory.LogInReadyAsync("1004");

        var result = await Remote.ForcePauseAsync(SupervisorsFactory.InboundSupervisor, "1004", "BREAK");

        Assert.False(result.Succeeded);
        Assert.Equal("1004 is outside your scope: you may not see or control this agent.", result.Message);
        Assert.Equal(AgentState.Ready, factory.Session("1004")?.State);
        var row = Assert.Single(await factory.WaitForRemoteRowsAsync("1004"));
        Assert.Equal((SupervisorsFactory.InboundSupervisor, "force_pause", "BREAK", "ERROR", "portal"), (row.User, row.Function, row.Value, row.Result, row.ApiScript));
        Assert.Equal(result.Message, row.ResultReason);
    }

    [Fact]
    public async Task Emergency_logout_of_an_agent_in_a_user_group_the_supervisor_may_not_view_is_refused()
    {
        await factory.LogInAsync("1005", "TESTCAMP");

        var result = await Remote.EmergencyLogOutAsync(SupervisorsFactory.TeamSupervisor, "1005");

        Assert.False(result.Succeeded);
        Assert.Contains("outside your scope", result.Message);
        Assert.NotNull(factory.Session("1005"));
    }

    [Fact]
    public async Task Every_remote_action_refuses_an_agent_outside_the_scope()
    {
        await factory.LogInAsync("1006", "TESTCAMP");
        var supervisor = SupervisorsFactory.InboundSupervisor;

        RemoteResult[] results =
        [
            await Remote.ResumeAsync(supervisor, "1006"),
            await Remote.LogOutAsync(supervisor, "1006"),
            await Remote.HangUpAsync(supervisor, "1006"),
            await Remote.SetDispositionAsync(supervisor, "1006", "SALE"),
            await Remote.ChangeInGroupsAsync(supervisor, "1006", ["SUPPORT"], blended: false),
            await Remote.RecordAsync(supervisor, "1006", start: true),
            await Remote.DialAsync(supervisor, "1006", "3125550199"),
            await Remote.MonitorAsync(supervisor, "1006", Portal.Infrastructure.Telephony.MonitorMode.Listen),
            await Remote.NotifyAsync(supervisor, new RemoteNotification(NotificationRecipientType.User, "1006", "Hello")),
        ];

        Assert.All(results, r => Assert.Contains("outside your scope", r.Message));
        Assert.Equal(AgentState.Paused, factory.Session("1006")?.State);
        Assert.Equal(9, (await factory.WaitForRemoteRowsAsync("1006", 9)).Count(r => r.Result == "ERROR"));
    }

    [Fact]
    public async Task Notification_to_a_campaign_outside_the_scope_is_refused()
    {
        var result = await Remote.NotifyAsync(
            SupervisorsFactory.InboundSupervisor, new RemoteNotification(NotificationRecipientType.Campaign, "TESTCAMP", "Well done"));

        Assert.False(result.Succeeded);
        Assert.Equal("TESTCAMP is outside your scope: you may not notify it.", result.Message);
    }

    [Fact]
    public async Task Supervisor_in_scope_force_pauses_with_a_pause_code_and_is_audited_as_the_actor()
    {
        await factory.LogInReadyAsync("1007");

        var result = await Remote.ForcePauseAsync("super", "1007", "BREAK");

        Assert.True(result.Succeeded, result.Message);
        Assert.Equal("PAUSED BREAK", factory.Session("1007")?.StateText);
        var row = Assert.Single(await factory.WaitForRemoteRowsAsync("1007"));
        Assert.Equal(("super", "force_pause", "BREAK", "SUCCESS", "wallboard"), (row.User, row.Function, row.Value, row.Result, row.Source));
    }

    [Fact]
    public async Task Team_supervisor_may_control_an_agent_of_the_group_they_view()
    {
        var team = await TeamAgentLoggedInAsync();

        var result = await Remote.ForcePauseAsync(SupervisorsFactory.TeamSupervisor, team.AgentUser, "TRAIN");

        Assert.True(result.Succeeded, result.Message);
        Assert.Equal("PAUSED TRAIN", factory.Session(SupervisorsFactory.TeamAgent)?.StateText);
    }

    [Fact]
    public async Task Unknown_pause_code_is_refused()
    {
        await factory.LogInReadyAsync("1009");

        var result = await Remote.ForcePauseAsync("super", "1009", "NOPE");

        Assert.Equal(new RemoteResult(false, "NOPE is not an active pause code of campaign TESTCAMP."), result);
        Assert.Equal(AgentState.Ready, factory.Session("1009")?.State);
    }

    /// <summary>Two tests use the one team agent; whichever runs first logs them in.</summary>
    private async Task<Portal.Domain.Sessions.SessionSnapshot> TeamAgentLoggedInAsync() =>
        factory.Session(SupervisorsFactory.TeamAgent) ?? await factory.LogInAsync(SupervisorsFactory.TeamAgent, "TESTCAMP");

    private async Task<IReadOnlyList<string>> VisibleAgentsAsync(string supervisor)
    {
        var scope = await Board.ScopeForAsync(supervisor);
        var view = await Board.ViewAsync(scope, await Board.CatalogAsync(scope));
        return [.. view.Agents.Select(a => a.AgentUser)];
    }
}
