namespace Portal.IntegrationTests;

/// <summary>
/// Step P for every call function (contract §2.11): an API user whose allowed functions do not name the function gets
/// the permission line, which ends the request, after the function's own parameter check.
/// </summary>
public sealed class CallFunctionPermissionTests(RestrictedApiUserFactory factory) : IClassFixture<RestrictedApiUserFactory>, IAsyncLifetime
{
    private readonly HttpClient _client = factory.CreateClient();

    public static TheoryData<string, string, string> Requests => new()
    {
        { "external_hangup", "agent_user=1001&value=1", "1" },
        { "external_status", "agent_user=1001&value=SALE", "SALE" },
        { "pause_code", "agent_user=1001&value=BREAK", "BREAK" },
        { "recording", "agent_user=1001&value=START", "START" },
        { "webphone_url", "agent_user=1001&value=DISPLAY", "DISPLAY" },
        { "call_agent", "agent_user=1001&value=CALL", "CALL" },
        { "audio_playback", "agent_user=1001&value=hello&stage=PLAY", "hello" },
        { "send_dtmf", "agent_user=1001&value=1S2P", "1S2P" },
        { "park_call", "agent_user=1001&value=PARK_CUSTOMER", "PARK_CUSTOMER" },
        { "transfer_conference", "agent_user=1001&value=HANGUP_BOTH", "HANGUP_BOTH" },
        { "ra_call_control", "agent_user=1001&value=S12345678000001&stage=HANGUP", "S12345678000001" },
        { "vm_message", "agent_user=1001&value=EXship01&lead_id=123", "123" },
        { "force_fronter_leave_3way", "agent_user=1001&value=LOCAL_ONLY", "LOCAL_ONLY" },
        { "force_fronter_audio_stop", "agent_user=1001&value=LOCAL_ONLY", "LOCAL_ONLY" },
    };

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task Function_the_api_user_may_not_use_is_refused_with_the_permission_line_and_ends_the_request(
        string function, string parameters, string firstField)
    {
        var reply = await _client.GetApiAsync($"{AgentApi.Authenticated(function)}&{parameters}&close_window_link=1");

        Assert.Equal($"ERROR: auth USER DOES NOT HAVE PERMISSION TO USE THIS FUNCTION - {firstField}|api|{function}|API\n", reply.Body);
    }

    [Fact]
    public async Task Permission_refusal_is_audited()
    {
        var (_, rows) = await factory.CallAuditedAsync(_client, "external_hangup", 1, ("agent_user", "1001"), ("value", "1"));

        var row = Assert.Single(rows);
        Assert.Equal("ERROR", row.Result);
        Assert.Equal("auth USER DOES NOT HAVE PERMISSION TO USE THIS FUNCTION", row.ResultReason);
        Assert.Equal("external_hangup", row.Function);
        Assert.Equal("1", row.Value);
    }

    [Fact]
    public async Task Parameter_check_comes_before_the_permission_check()
    {
        var reply = await _client.CallAsync("transfer_conference", ("agent_user", "1001"), ("value", "XFER"));

        Assert.Equal("ERROR: transfer_conference not valid - XFER|1001\n", reply.Body);
    }

    public Task InitializeAsync() => factory.RestrictAsync();

    public Task DisposeAsync() => Task.CompletedTask;
}
