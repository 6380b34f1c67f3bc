namespace Portal.IntegrationTests;

using Portal.Domain.Sessions;

/// <summary>pause_code through /agc/api.php (contract §3.26).</summary>
public sealed class PauseCodeApiTests(CallFunctionsFactory factory) : IClassFixture<CallFunctionsFactory>, IAsyncLifetime
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("", "ERROR: pause_code not valid - |1001\n")]
    [InlineData("LONGER7", "ERROR: pause_code not valid - LONGER7|1001\n")]
    public async Task Pause_code_that_is_empty_or_longer_than_six_characters_is_not_valid(string value, string expected)
    {
        var reply = await _client.CallAsync("pause_code", ("agent_user", "1001"), ("value", value));

        Assert.Equal(expected, reply.Body);
    }

    [Fact]
    public async Task Pause_code_of_an_agent_who_is_not_logged_in_is_refused()
    {
        var reply = await _client.CallAsync("pause_code", ("agent_user", "1099"), ("value", "BREAK"));

        Assert.Equal("ERROR: agent_user is not logged in - 1099\n", reply.Body);
    }

    [Fact]
    public async Task Pause_code_of_a_ready_agent_reports_not_paused()
    {
        await factory.LogInReadyAsync("1001");

        var reply = await _client.CallAsync("pause_code", ("agent_user", "1001"), ("value", "BREAK"));

        Assert.Equal("ERROR: pause_code error - agent is not paused - 1001\n", reply.Body);
        Assert.Equal(AgentState.Ready, factory.Session("1001")!.State);
    }

    [Fact]
    public async Task Pause_code_sets_the_code_of_a_paused_agent_and_audits_the_epoch()
    {
        await factory.LogInAsync("1002");
        var before = DateTimeOffset.UtcNow;

        var (reply, rows) = await factory.CallAuditedAsync(_client, "pause_code", 1, ("agent_user", "1002"), ("value", "BREAK"));

        Assert.Equal("SUCCESS: pause_code function sent - 1002\n", reply.Body);
        var session = factory.Session("1002")!;
        Assert.Equal((AgentState.Paused, "BREAK"), (session.State, session.PauseCode));
        var row = Assert.Single(rows);
        Assert.Equal(("SUCCESS", "pause_code function sent", "BREAK"), (row.Result, row.ResultReason, row.Value));
        CallApi.AssertEpoch(row.Data, before);
    }

    [Fact]
    public async Task Pause_code_that_is_not_one_of_the_campaign_codes_is_still_set()
    {
        await factory.LogInAsync("1003");

        var reply = await _client.CallAsync("pause_code", ("agent_user", "1003"), ("value", "CUSTOM"));

        Assert.Equal("SUCCESS: pause_code function sent - 1003\n", reply.Body);
        Assert.Equal("CUSTOM", factory.Session("1003")!.PauseCode);
    }

    [Fact]
    public async Task Pause_code_with_a_character_a_pause_code_cannot_have_is_not_valid()
    {
        await factory.LogInAsync("1004");

        var reply = await _client.CallAsync("pause_code", ("agent_user", "1004"), ("value", "BR|K"));

        Assert.Equal("ERROR: pause_code not valid - BR|K|1004\n", reply.Body);
        Assert.Equal("LOGIN", factory.Session("1004")!.PauseCode);
    }

    [Fact]
    public async Task Pause_code_with_alt_user_sets_the_code_of_the_agent_with_that_crm_id()
    {
        await factory.LogInAsync("1005");

        var reply = await _client.CallAsync("pause_code", ("alt_user", "CRM1005"), ("value", "LUNCH"));

        Assert.Equal("SUCCESS: pause_code function sent - 1005\n", reply.Body);
        Assert.Equal("LUNCH", factory.Session("1005")!.PauseCode);
    }

    public Task InitializeAsync() => factory.ResetCallCenterAsync();

    public Task DisposeAsync() => Task.CompletedTask;
}
