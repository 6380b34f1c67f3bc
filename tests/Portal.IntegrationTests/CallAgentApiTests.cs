namespace Portal.IntegrationTests;

/// <summary>call_agent through /agc/api.php (contract §3.9).</summary>
public sealed class CallAgentApiTests(CallFunctionsFactory factory) : IClassFixture<CallFunctionsFactory>, IAsyncLifetime
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Call_agent_with_a_value_other_than_call_is_not_valid()
    {
        var reply = await _client.CallAsync("call_agent", ("agent_user", "1001"), ("value", "RING"));

        Assert.Equal("ERROR: call_agent not valid - RING|1001\n", reply.Body);
    }

    [Fact]
    public async Task Call_agent_for_an_agent_who_is_not_logged_in_is_refused()
    {
        var reply = await _client.CallAsync("call_agent", ("agent_user", "1099"), ("value", "CALL"));

        Assert.Equal("ERROR: agent_user is not logged in - 1099\n", reply.Body);
    }

    [Fact]
    public async Task Call_agent_rings_the_agent_phone_again_and_audits_the_epoch()
    {
        await factory.LogInAsync("1001");
        var before = DateTimeOffset.UtcNow;

        var (reply, rows) = await factory.CallAuditedAsync(_client, "call_agent", 1, ("agent_user", "1001"), ("value", "CALL"));

        Assert.Equal("SUCCESS: call_agent function sent - 1001\n", reply.Body);
        Assert.Contains("Ring 1001 1001", factory.Probe.Actions);
        var row = Assert.Single(rows);
        Assert.Equal(("SUCCESS", "call_agent function sent"), (row.Result, row.ResultReason));
        CallApi.AssertEpoch(row.Data, before);
    }

    [Fact]
    public async Task Call_agent_with_alt_user_rings_the_agent_with_that_crm_id()
    {
        await factory.LogInAsync("1002");

        var reply = await _client.CallAsync("call_agent", ("alt_user", "CRM1002"), ("value", "CALL"));

        Assert.Equal("SUCCESS: call_agent function sent - 1002\n", reply.Body);
        Assert.Contains("Ring 1002 1002", factory.Probe.Actions);
    }

    public Task InitializeAsync() => factory.ResetCallCenterAsync();

    public Task DisposeAsync() => Task.CompletedTask;
}
