namespace Portal.IntegrationTests;

using Microsoft.EntityFrameworkCore;
using Portal.Domain.Campaigns;
using Portal.Domain.Sessions;
using Portal.Infrastructure.Calls;
using Portal.Infrastructure.Telephony;

/// <summary>Park and grab, on-demand recording, DTMF, hold, mute and voicemail on a live call.</summary>
public sealed class InCallControlTests(DialOutcomesFactory factory) : IClassFixture<DialOutcomesFactory>
{
    private readonly CallControls _controls = factory.Get<CallControls>();

    private CallFlags FlagsOf(string agentUser) => factory.Session(agentUser)!.Call!.Flags;

    [Fact]
    public async Task Park_parks_the_customer_and_grab_brings_them_back()
    {
        await factory.LogInOnAnsweredCallAsync("1001");

        var parked = await _controls.ParkAsync("1001", park: true);
        var whileParked = FlagsOf("1001");
        var grabbed = await _controls.ParkAsync("1001", park: false);

        Assert.True(parked.Succeeded && grabbed.Succeeded, parked.Error ?? grabbed.Error);
        Assert.True(whileParked.HasFlag(CallFlags.Parked));
        Assert.False(FlagsOf("1001").HasFlag(CallFlags.Parked));
    }

    [Fact]
    public async Task Starting_a_recording_stores_it_with_a_file_name_and_flags_the_call()
    {
        var onCall = await factory.LogInOnAnsweredCallAsync("1002");

        var done = await _controls.RecordAsync("1002", start: true);

        Assert.True(done.Succeeded, done.Error);
        Assert.True(FlagsOf("1002").HasFlag(CallFlags.Recording));
        var callId = onCall.Call!.CallId;
        var recording = await factory.QueryAsync(db => db.Recordings.AsNoTracking().SingleAsync(r => r.CallId == callId));
        Assert.Equal(("1002", onCall.Call.LeadId, (DateTimeOffset?)null), (recording.AgentUser, recording.LeadId, recording.EndedAt));
        Assert.EndsWith($"_1002_{callId}.wav", recording.FileName, StringComparison.Ordinal);
        Assert.Equal(recording.RecordingId, (await _controls.CurrentRecordingAsync(callId))?.RecordingId);
    }

    [Fact]
    public async Task Stopping_an_on_demand_recording_ends_it_and_clears_the_flag()
    {
        var onCall = await factory.LogInOnAnsweredCallAsync("1003");
        await _controls.RecordAsync("1003", start: true);

        var done = await _controls.RecordAsync("1003", start: false);

        Assert.True(done.Succeeded, done.Error);
        Assert.Equal(RecordingMode.OnDemand, await _controls.RecordingModeAsync("1003"));
        Assert.False(FlagsOf("1003").HasFlag(CallFlags.Recording));
        var recording = await factory.QueryAsync(db => db.Recordings.AsNoTracking().SingleAsync(r => r.CallId == onCall.Call!.CallId));
        Assert.NotNull(recording.EndedAt);
    }

    [Fact]
    public async Task Starting_a_recording_twice_keeps_one_recording()
    {
        var onCall = await factory.LogInOnAnsweredCallAsync("1004");
        await _controls.RecordAsync("1004", start: true);

        var again = await _controls.RecordAsync("1004", start: true);

        Assert.True(again.Succeeded, again.Error);
        Assert.Equal(1, await factory.QueryAsync(db => db.Recordings.CountAsync(r => r.CallId == onCall.Call!.CallId)));
    }

    [Fact]
    public async Task Manual_call_in_an_all_calls_campaign_is_recorded_once_the_customer_answers()
    {
        var onCall = await factory.LogInOnAnsweredCallAsync("1005", campaignId: "INBOUND");

        await factory.WaitForSessionAsync("1005", s => s.Call is { } c && c.Has(CallFlags.Recording), "the campaign's recording");

        var recording = await _controls.CurrentRecordingAsync(onCall.Call!.CallId);
        Assert.Equal("1005", recording?.AgentUser);
    }

    [Fact]
    public async Task Recording_in_an_all_calls_campaign_may_be_stopped()
    {
        await factory.LogInOnAnsweredCallAsync("1015", campaignId: "INBOUND");
        await factory.WaitForSessionAsync("1015", s => s.Call is { } c && c.Has(CallFlags.Recording), "the campaign's recording");

        var done = await _controls.RecordAsync("1015", start: false);

        Assert.True(done.Succeeded, done.Error);
        Assert.False(FlagsOf("1015").HasFlag(CallFlags.Recording));
    }

    [Theory]
    [InlineData("1006", "12a")]
    [InlineData("1007", "")]
    [InlineData("1008", "1 2")]
    public async Task Dtmf_with_other_than_digits_star_and_hash_is_refused(string agentUser, string digits)
    {
        await factory.LogInOnAnsweredCallAsync(agentUser);

        var done = await _controls.SendDtmfAsync(agentUser, digits);

        Assert.Equal("DTMF digits are 0-9, * and #.", done.Error);
    }

    [Fact]
    public async Task Dtmf_digits_star_and_hash_are_sent()
    {
        await factory.LogInOnAnsweredCallAsync("1009");

        var done = await _controls.SendDtmfAsync("1009", "0123456789*#");

        Assert.True(done.Succeeded, done.Error);
    }

    [Fact]
    public async Task Hold_puts_the_customer_on_hold_and_off_again()
    {
        await factory.LogInOnAnsweredCallAsync("1010");

        await _controls.HoldAsync("1010", onHold: true);
        var whileHeld = FlagsOf("1010");
        await _controls.HoldAsync("1010", onHold: false);

        Assert.True(factory.Get<TelephonyFeatures>().SupportsHoldAndMute);
        Assert.True(whileHeld.HasFlag(CallFlags.OnHold));
        Assert.False(FlagsOf("1010").HasFlag(CallFlags.OnHold));
    }

    [Fact]
    public async Task Mute_mutes_the_agent_and_unmutes_again()
    {
        await factory.LogInOnAnsweredCallAsync("1011");

        await _controls.MuteAsync("1011", muted: true);
        var whileMuted = FlagsOf("1011");
        await _controls.MuteAsync("1011", muted: false);

        Assert.True(whileMuted.HasFlag(CallFlags.Muted));
        Assert.False(FlagsOf("1011").HasFlag(CallFlags.Muted));
    }

    [Fact]
    public async Task Hanging_up_a_held_and_muted_call_clears_both_for_the_disposition()
    {
        await factory.LogInOnAnsweredCallAsync("1012");
        await _controls.HoldAsync("1012", onHold: true);
        await _controls.MuteAsync("1012", muted: true);

        await factory.Get<CallDesk>().HangUpAsync("1012");

        Assert.Equal(CallFlags.None, FlagsOf("1012"));
    }

    [Fact]
    public async Task Voicemail_leaves_the_message_and_moves_to_disposition()
    {
        await factory.LogInOnAnsweredCallAsync("1013");

        var done = await _controls.LeaveVoicemailAsync("1013");

        Assert.True(done.Succeeded, done.Error);
        Assert.Equal(AgentState.Dispo, factory.Session("1013")!.State);
    }

    [Fact]
    public async Task Call_controls_when_not_on_a_call_are_refused()
    {
        await factory.LogInAsync("1014");

        var results = new[]
        {
            await _controls.ParkAsync("1014", park: true),
            await _controls.RecordAsync("1014", start: true),
            await _controls.SendDtmfAsync("1014", "1"),
            await _controls.HoldAsync("1014", onHold: true),
            await _controls.MuteAsync("1014", muted: true),
            await _controls.DialConferenceAsync("1014", "3125550160", withCustomer: true),
        };

        Assert.All(results, r => Assert.Equal("agent is not on a live call", r.Error));
    }

    [Fact]
    public async Task Call_controls_for_an_agent_who_is_not_logged_in_are_refused()
    {
        var done = await _controls.HoldAsync("1020", onHold: true);

        Assert.Equal("agent_user is not logged in", done.Error);
    }
}
