namespace Portal.IntegrationTests.Events;

using System.Text.Json;
using Portal.Domain.Callbacks;
using Portal.Domain.Sessions;
using Portal.Infrastructure.Events;
using Portal.Infrastructure.Events.Data;
using Portal.Infrastructure.Sessions;

/// <summary>Session changes become contract events; screen-only events are left out.</summary>
public sealed class IntegrationEventTranslatorTests
{
    private static readonly DateTimeOffset LoggedIn = new(2026, 11, 21, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Now = LoggedIn.AddMinutes(5);

    [Fact]
    public void A_state_change_becomes_agent_state_with_the_state_left_and_its_duration()
    {
        var change = Change(AgentState.Paused, "BREAK", new AgentStateChanged("1001", Now, AgentState.Paused, "BREAK", AgentState.Ready, null, Now.AddSeconds(-90)));

        var translated = Assert.Single(IntegrationEventTranslator.Translate(change, "AGENTS"));

        Assert.Equal(IntegrationEventTypes.AgentState, translated.Type);
        Assert.Equal(("PAUSED", "BREAK", "AGENTS", "TESTCAMP"), (translated.State, translated.PauseCode, translated.UserGroup, translated.CampaignId));
        Assert.Equal(new AgentStateData("READY", null, 90), translated.Data);
    }

    [Fact]
    public void A_manual_dial_is_dialing_until_the_customer_answers()
    {
        var ringing = Call(CallDirection.Manual, CallFlags.Ringing);
        var dialled = Change(AgentState.InCall, null, new CallConnected("1001", Now, ringing));
        var answered = Change(AgentState.InCall, null, new CallAnsweredByCustomer("1001", Now, ringing with { Flags = CallFlags.None }));

        Assert.Equal(IntegrationEventTypes.CallDialing, Assert.Single(IntegrationEventTranslator.Translate(dialled, "AGENTS")).Type);
        var pickedUp = Assert.Single(IntegrationEventTranslator.Translate(answered, "AGENTS"));
        Assert.Equal(IntegrationEventTypes.CallAnswered, pickedUp.Type);
        Assert.Equal(new CallData("call-1", 42, "3125550100", "MANUAL", null), pickedUp.Data);
    }

    [Fact]
    public void A_hang_up_gives_call_ended_then_agent_state_with_distinct_ids()
    {
        var call = Call(CallDirection.Inbound, CallFlags.None);
        var change = Change(
            AgentState.Dispo,
            null,
            new CallEnded("1001", Now, call, ByCustomer: true, CallEndReason.CustomerHangup),
            new AgentStateChanged("1001", Now, AgentState.Dispo, null, AgentState.InCall, null, Now.AddMinutes(-2)));

        var translated = IntegrationEventTranslator.Translate(change, "AGENTS");

        Assert.Equal([IntegrationEventTypes.CallEnded, IntegrationEventTypes.AgentState], translated.Select(e => e.Type));
        Assert.Equal(new CallEndedData("call-1", 42, "3125550100", "INBOUND", "SALESLINE", "CUSTOMER_HANGUP", true), translated[0].Data);
        Assert.Equal("DISPO", translated[0].State);
        Assert.Equal(["1001.1795251600000.7.0", "1001.1795251600000.7.1"], translated.Select(e => e.Id));
    }

    [Fact]
    public void A_callback_disposition_carries_the_callback()
    {
        var callback = new CallbackRequest(Now.AddDays(1), CallbackType.UserOnly, "After lunch");
        var change = Change(AgentState.Paused, null, new CallDispositioned("1001", Now, Call(CallDirection.Outbound, CallFlags.None), "CALLBK", "TESTCAMP", callback));

        var translated = Assert.Single(IntegrationEventTranslator.Translate(change, "AGENTS"));

        Assert.Equal(IntegrationEventTypes.Disposition, translated.Type);
        Assert.Equal(new DispositionData("call-1", 42, "3125550100", "OUTBOUND", "CALLBK", new CallbackData(Now.AddDays(1), "USERONLY", "After lunch")), translated.Data);
    }

    [Fact]
    public void Screen_only_events_are_left_out()
    {
        var change = Change(
            AgentState.InCall,
            null,
            new CallFlagsChanged("1001", Now, CallFlags.Recording),
            new PanelsRefreshRequested("1001", Now, ["lead"]),
            new ConferenceLineChanged("1001", Now, "3125559000"));

        Assert.Empty(IntegrationEventTranslator.Translate(change, "AGENTS"));
    }

    [Fact]
    public void The_json_has_the_documented_keys_in_camel_case()
    {
        var change = Change(AgentState.Ready, null, new NotificationReceived("1001", Now, new AgentNotification("Great job", "super")));

        var json = IntegrationEventJson.Serialize(Assert.Single(IntegrationEventTranslator.Translate(change, "AGENTS")));
        var root = JsonDocument.Parse(json).RootElement;

        Assert.Equal(
            ["id", "type", "at", "agentUser", "campaignId", "userGroup", "state", "pauseCode", "data"],
            root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("notification", root.GetProperty("type").GetString());
        Assert.Equal("Great job", root.GetProperty("data").GetProperty("text").GetString());
        Assert.Equal("super", root.GetProperty("data").GetProperty("from").GetString());
    }

    private static ActiveCall Call(CallDirection direction, CallFlags flags) =>
        new("call-1", 42, "3125550100", direction, direction == CallDirection.Inbound ? "SALESLINE" : null, flags, Now);

    private static SessionChange Change(AgentState state, string? pauseCode, params AgentEvent[] events) =>
        new(new SessionSnapshot("1001", "TESTCAMP", false, "1001", LoggedIn, state, pauseCode, Now, null, false, null, false, ["SALESLINE"], true, 7), events);
}
