namespace Portal.IntegrationTests;

/// <summary>
/// Step A for the call functions that take alt_user (contract §2.11): an unknown CRM id prints "no user found" and
/// processing continues with the agent_user given.
/// </summary>
public sealed class CallFunctionAltUserTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    public static TheoryData<string, string> Requests => new()
    {
        { "external_hangup", "value=1" },
        { "external_status", "value=SALE" },
        { "pause_code", "value=BREAK" },
        { "recording", "value=STATUS" },
        { "webphone_url", "value=DISPLAY" },
        { "call_agent", "value=CALL" },
        { "send_dtmf", "value=123" },
        { "park_call", "value=PARK_CUSTOMER" },
        { "transfer_conference", "value=HANGUP_BOTH" },
        { "vm_message", "value=EXship01" },
        { "force_fronter_leave_3way", "value=LOCAL_ONLY" },
        { "force_fronter_audio_stop", "value=LOCAL_ONLY" },
    };

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task Unknown_alt_user_is_reported_and_the_agent_user_given_is_checked(string function, string parameters)
    {
        var reply = await _client.GetApiAsync($"{AgentApi.Authenticated(function)}&{parameters}&agent_user=1098&alt_user=NOPE");

        Assert.Equal("ERROR: no user found - NOPE\nERROR: agent_user is not logged in - 1098\n", reply.Body);
    }
}
