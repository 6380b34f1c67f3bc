namespace Portal.IntegrationTests.Hardening;

using Portal.Domain.Sessions;
using Portal.Infrastructure.AgentApi.Calls;
using Portal.Infrastructure.Calls;

/// <summary>
/// While an API manual dial still rings (the agent INCALL, the lead on the screen), VICIdial takes park_call and
/// transfer_conference and its screen carries them out once the customer is there; so does Portal.
/// </summary>
public sealed class RingingDialCommandsTests(SlowRingFactory factory) : IClassFixture<SlowRingFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private async Task<ActiveCall> DialAsync(string agentUser)
    {
        await factory.LogInAsync(agentUser);
        var dial = await _client.CallAsync(
            "external_dial", ("agent_user", agentUser), ("value", "3125550102"), ("phone_code", "1"), ("search", "YES"), ("preview", "NO"), ("focus", "NO"));
        Assert.StartsWith("SUCCESS: external_dial function set", dial.Body, StringComparison.Ordinal);
        var call = factory.CallOf(agentUser);
        Assert.True(call.Has(CallFlags.Ringing));
        return call;
    }

    [Fact]
    public async Task Park_call_on_a_ringing_dial_is_taken_and_parks_the_customer_once_answered()
    {
        await DialAsync("1011");

        var reply = await _client.CallAsync("park_call", ("agent_user", "1011"), ("value", "PARK_CUSTOMER"));

        Assert.Equal("SUCCESS: park_call function set - PARK_CUSTOMER|1011\n", reply.Body);
        Assert.False(factory.CallOf("1011").Has(CallFlags.Parked));
        Assert.Equal(1, factory.Get<CommandsOnAnswer>().WaitingFor("1011"));
        await factory.SendAsync("1011", new CallAnswered());
        await factory.WaitForSessionAsync("1011", s => s.Call?.Has(CallFlags.Parked) == true, "the customer parked after answering");
        Assert.Equal(0, factory.Get<CommandsOnAnswer>().WaitingFor("1011"));
    }

    [Fact]
    public async Task A_blind_transfer_on_a_ringing_dial_is_taken_and_transfers_once_answered()
    {
        var ringing = await DialAsync("1012");

        var reply = await _client.CallAsync(
            "transfer_conference", ("agent_user", "1012"), ("value", "BLIND_TRANSFER"), ("phone_number", "3125550150"));

        Assert.Equal($"SUCCESS: transfer_conference function set - BLIND_TRANSFER||3125550150|NO|1012|{ringing.CallId}|\n", reply.Body);
        Assert.Equal(AgentState.InCall, factory.Session("1012")!.State);
        await factory.SendAsync("1012", new CallAnswered());
        var after = await factory.WaitForSessionAsync("1012", s => s.State == AgentState.Dispo, "the call transferred away");
        Assert.Equal(CallEndReason.Transferred, after.Call!.EndReason);
    }

    [Fact]
    public async Task Commands_kept_for_a_dial_that_is_never_answered_are_dropped()
    {
        await DialAsync("1013");
        var reply = await _client.CallAsync("park_call", ("agent_user", "1013"), ("value", "PARK_CUSTOMER"));
        Assert.StartsWith("SUCCESS", reply.Body, StringComparison.Ordinal);

        var hungUp = await factory.Get<ICallDesk>().HangUpAsync("1013");

        Assert.True(hungUp.Succeeded, hungUp.Error);
        Assert.Equal(0, factory.Get<CommandsOnAnswer>().WaitingFor("1013"));
        var session = factory.Session("1013")!;
        Assert.Equal((AgentState.Dispo, CallEndReason.NoAnswer), (session.State, session.Call!.EndReason));
        Assert.False(session.Call.Has(CallFlags.Parked));
    }

    [Fact]
    public async Task Hangup_both_on_a_ringing_dial_hangs_it_up_at_once()
    {
        await DialAsync("1014");

        var reply = await _client.CallAsync("transfer_conference", ("agent_user", "1014"), ("value", "HANGUP_BOTH"));

        Assert.StartsWith("SUCCESS: transfer_conference function set - HANGUP_BOTH|", reply.Body, StringComparison.Ordinal);
        var session = factory.Session("1014")!;
        Assert.Equal((AgentState.Dispo, CallEndReason.NoAnswer), (session.State, session.Call!.EndReason));
    }
}
