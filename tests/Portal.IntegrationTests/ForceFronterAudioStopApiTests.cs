namespace Portal.IntegrationTests;

using Portal.Domain.Sessions;
using Portal.Infrastructure.AgentApi.Calls;

/// <summary>force_fronter_audio_stop through /agc/api.php (contract §3.29).</summary>
public sealed class ForceFronterAudioStopApiTests(CallFunctionsFactory factory) : IClassFixture<CallFunctionsFactory>, IAsyncLifetime
{
    private static readonly string Host = AgentServer.Address;

    private readonly HttpClient _client = factory.CreateClient();

    private Task<ApiReply> StopAsync(params (string Name, string Value)[] parameters) => _client.CallAsync("force_fronter_audio_stop", parameters);

    [Fact]
    public async Task Force_fronter_audio_stop_with_another_value_is_not_valid()
    {
        var reply = await StopAsync(("agent_user", "1001"), ("value", "LOCAL_AND_CCC_X"));

        Assert.Equal("ERROR: force_fronter_audio_stop not valid - LOCAL_AND_CCC_X|1001\n", reply.Body);
    }

    [Fact]
    public async Task Force_fronter_audio_stop_for_an_agent_who_is_not_logged_in_is_refused()
    {
        var reply = await StopAsync(("agent_user", "1099"), ("value", "LOCAL_ONLY"));

        Assert.Equal("ERROR: agent_user is not logged in - 1099\n", reply.Body);
    }

    [Fact]
    public async Task Force_fronter_audio_stop_without_a_lead_reports_not_on_a_phone_call()
    {
        await factory.LogInAsync("1001");

        var reply = await StopAsync(("agent_user", "1001"), ("value", "LOCAL_ONLY"));

        Assert.Equal("ERROR: agent_user is not on a phone call - 1001\n", reply.Body);
    }

    [Fact]
    public async Task Force_fronter_audio_stop_with_no_other_agent_on_the_lead_finds_no_fronter()
    {
        await factory.LogInOnAnsweredCallAsync("1001");

        var reply = await StopAsync(("agent_user", "1001"), ("value", "LOCAL_AND_CCC"));

        Assert.Equal("ERROR: no fronter found - 1001\n", reply.Body);
    }

    [Fact]
    public async Task Force_fronter_audio_stop_stops_the_audio_in_the_fronter_session()
    {
        var fronter = await factory.LogInOnAnsweredCallAsync("1001");
        await _client.CallAsync("audio_playback", ("agent_user", "1001"), ("value", "pitch"), ("stage", "PLAY"));
        await factory.LogInOnLeadAsync("1002", fronter.Call!.LeadId!.Value);
        var before = DateTimeOffset.UtcNow;

        var (reply, rows) = await factory.CallAuditedAsync(_client, "force_fronter_audio_stop", 1, ("agent_user", "1002"), ("value", "LOCAL_ONLY"));

        Assert.Equal("SUCCESS: force_fronter_audio_stop function sent - LOCAL_ONLY||1002|1001\n", reply.Body);
        Assert.Null(factory.Get<AgentAudioPlayback>().Current("1001"));
        CallApi.AssertEpoch(Assert.Single(rows).Data, before);
    }

    [Fact]
    public async Task Force_fronter_audio_stop_with_no_audio_in_the_fronter_session_is_an_error_that_ends_the_request()
    {
        var fronter = await factory.LogInOnAnsweredCallAsync("1001");
        await factory.LogInOnLeadAsync("1002", fronter.Call!.LeadId!.Value);

        var (reply, rows) = await factory.CallAuditedAsync(
            _client, "force_fronter_audio_stop", 1, ("agent_user", "1002"), ("value", "LOCAL_ONLY"), ("stage", "X"), ("close_window_link", "1"));

        Assert.Equal($"ERROR: force_fronter_audio_stop error - no audio playing in other agent session - 1001|{Host}|X|1002|1001\n", reply.Body);
        Assert.Equal($"1001|{Host}|X", Assert.Single(rows).Data);
    }

    [Fact]
    public async Task Force_fronter_audio_stop_for_a_recent_fronter_who_logged_out_finds_no_fronter_session()
    {
        var fronter = await factory.LogInOnAnsweredCallAsync("1001");
        await factory.SendAsync("1001", new LogOut(Immediately: true));
        await factory.LogInOnLeadAsync("1002", fronter.Call!.LeadId!.Value);

        var reply = await StopAsync(("agent_user", "1002"), ("value", "LOCAL_ONLY"));

        Assert.Equal("ERROR: force_fronter_audio_stop error - no fronter session found - |1002|1001\n", reply.Body);
    }

    public Task InitializeAsync() => factory.ResetCallCenterAsync();

    public Task DisposeAsync() => Task.CompletedTask;
}
