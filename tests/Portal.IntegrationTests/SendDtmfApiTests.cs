namespace Portal.IntegrationTests;

using Portal.Infrastructure.AgentApi.Calls;

/// <summary>send_dtmf through /agc/api.php (contract §3.21): S is *, P is #, Q is one second of silence.</summary>
public sealed class SendDtmfApiTests(CallFunctionsFactory factory) : IClassFixture<CallFunctionsFactory>, IAsyncLifetime
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Send_dtmf_without_a_value_is_not_valid()
    {
        var reply = await _client.CallAsync("send_dtmf", ("agent_user", "1001"));

        Assert.Equal("ERROR: send_dtmf not valid - |1001\n", reply.Body);
    }

    [Fact]
    public async Task Send_dtmf_for_an_agent_who_is_not_logged_in_is_refused()
    {
        var reply = await _client.CallAsync("send_dtmf", ("agent_user", "1099"), ("value", "123"));

        Assert.Equal("ERROR: agent_user is not logged in - 1099\n", reply.Body);
    }

    [Fact]
    public async Task Send_dtmf_sends_the_tones_into_the_call_with_s_as_star_and_p_as_hash()
    {
        var onCall = await factory.LogInOnAnsweredCallAsync("1001");

        var (reply, rows) = await factory.CallAuditedAsync(_client, "send_dtmf", 1, ("agent_user", "1001"), ("value", "12S34P"));

        Assert.Equal("SUCCESS: send_dtmf function set - 12S34P|1001\n", reply.Body);
        var expected = $"Dtmf {onCall.Call!.CallId} 12*34#";
        await Eventually.UntilAsync(() => Task.FromResult(factory.Probe.Actions), a => a.Contains(expected), expected);
        var row = Assert.Single(rows);
        Assert.Equal(("SUCCESS", "send_dtmf function set", "12S34P"), (row.Result, row.ResultReason, row.Value));
    }

    [Fact]
    public async Task Send_dtmf_waits_a_second_for_each_q()
    {
        var onCall = await factory.LogInOnAnsweredCallAsync("1002");
        var callId = onCall.Call!.CallId;

        await _client.CallAsync("send_dtmf", ("agent_user", "1002"), ("value", "1Q2"));

        var timeline = await Eventually.UntilAsync(
            () => Task.FromResult(factory.Probe.Timeline.Where(t => t.Action.StartsWith($"Dtmf {callId}", StringComparison.Ordinal)).ToList()),
            t => t.Count == 2, "both tones");
        Assert.Equal([$"Dtmf {callId} 1", $"Dtmf {callId} 2"], timeline.Select(t => t.Action));
        Assert.True(timeline[1].At - timeline[0].At >= TimeSpan.FromSeconds(0.9), "The second tone came without the pause.");
    }

    [Fact]
    public async Task Send_dtmf_without_a_live_call_reports_no_live_call()
    {
        await factory.LogInAsync("1003");

        var reply = await _client.CallAsync("send_dtmf", ("agent_user", "1003"), ("value", "123"));

        Assert.Equal("ERROR: agent_user does not have a live call - 1003\n", reply.Body);
    }

    [Theory]
    [InlineData("QQ1234SQ6654P", new[] { null, null, "1234*", null, "6654#" })]
    [InlineData("9-x_A|0", new[] { "90" })]
    public void Dtmf_strings_become_tones_and_one_second_silences(string value, string?[] steps)
    {
        Assert.Equal(steps, DtmfSender.Steps(value));
    }

    [Fact]
    public void Dtmf_strings_longer_than_one_send_are_split()
    {
        Assert.Equal([new string('1', DtmfSender.MaxTonesPerSend), "11"], DtmfSender.Steps(new string('1', DtmfSender.MaxTonesPerSend + 2)));
    }

    public Task InitializeAsync() => factory.ResetCallCenterAsync();

    public Task DisposeAsync() => Task.CompletedTask;
}
