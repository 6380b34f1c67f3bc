namespace Portal.IntegrationTests;

using Portal.Domain.Sessions;

/// <summary>external_hangup through /agc/api.php (contract §3.3).</summary>
public sealed class ExternalHangupApiTests(CallFunctionsFactory factory) : IClassFixture<CallFunctionsFactory>, IAsyncLifetime
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task External_hangup_without_a_value_is_not_valid()
    {
        var reply = await _client.CallAsync("external_hangup", ("agent_user", "1001"));

        Assert.Equal("ERROR: external_hangup not valid - |1001\n", reply.Body);
    }

    [Fact]
    public async Task External_hangup_without_agent_user_or_alt_user_is_not_valid()
    {
        var reply = await _client.CallAsync("external_hangup", ("value", "1"), ("alt_user", "X"));

        Assert.Equal("ERROR: external_hangup not valid - 1|\n", reply.Body);
    }

    [Fact]
    public async Task External_hangup_of_an_agent_who_is_not_logged_in_is_refused()
    {
        var reply = await _client.CallAsync("external_hangup", ("agent_user", "1099"), ("value", "1"));

        Assert.Equal("ERROR: agent_user is not logged in - 1099\n", reply.Body);
    }

    [Fact]
    public async Task External_hangup_hangs_up_the_live_call_and_the_agent_goes_to_disposition()
    {
        await factory.LogInOnAnsweredCallAsync("1001");

        var (reply, rows) = await factory.CallAuditedAsync(_client, "external_hangup", 1, ("agent_user", "1001"), ("value", "1"));

        Assert.Equal("SUCCESS: external_hangup function set - 1|1001\n", reply.Body);
        var session = factory.Session("1001")!;
        Assert.Equal(AgentState.Dispo, session.State);
        Assert.Equal(CallEndReason.ApiHangup, session.Call!.EndReason);
        var row = Assert.Single(rows);
        Assert.Equal(("SUCCESS", "external_hangup function set", "1001", "1", ""), (row.Result, row.ResultReason, row.AgentUser, row.Value, row.Data));
    }

    [Fact]
    public async Task External_hangup_with_a_value_other_than_1_is_accepted_and_changes_nothing()
    {
        await factory.LogInOnAnsweredCallAsync("1002");

        var reply = await _client.CallAsync("external_hangup", ("agent_user", "1002"), ("value", "2"));

        Assert.Equal("SUCCESS: external_hangup function set - 2|1002\n", reply.Body);
        Assert.Equal(AgentState.InCall, factory.Session("1002")!.State);
    }

    [Fact]
    public async Task External_hangup_of_a_paused_agent_is_accepted_and_changes_nothing()
    {
        await factory.LogInAsync("1003");

        var reply = await _client.CallAsync("external_hangup", ("agent_user", "1003"), ("value", "1"));

        Assert.Equal("SUCCESS: external_hangup function set - 1|1003\n", reply.Body);
        Assert.Equal(AgentState.Paused, factory.Session("1003")!.State);
    }

    [Fact]
    public async Task External_hangup_with_alt_user_hangs_up_the_agent_with_that_crm_id()
    {
        await factory.LogInOnAnsweredCallAsync("1004");

        var reply = await _client.CallAsync("external_hangup", ("alt_user", "CRM1004"), ("value", "1"));

        Assert.Equal("SUCCESS: external_hangup function set - 1|1004\n", reply.Body);
        Assert.Equal(AgentState.Dispo, factory.Session("1004")!.State);
    }

    [Fact]
    public async Task External_hangup_with_unknown_alt_user_reports_it_then_checks_the_agent_user()
    {
        var reply = await _client.CallAsync("external_hangup", ("agent_user", "1098"), ("alt_user", "NOPE"), ("value", "1"));

        Assert.Equal("ERROR: no user found - NOPE\nERROR: agent_user is not logged in - 1098\n", reply.Body);
    }

    public Task InitializeAsync() => factory.ResetCallCenterAsync();

    public Task DisposeAsync() => Task.CompletedTask;
}
