namespace Portal.AriRecorder.Scenarios;

using Portal.Infrastructure.Telephony;
using static Portal.AriRecorder.Scenarios.ScenarioContext;

/// <summary>
/// Every operation of the telephony port against Asterisk, one conversation each: recorded from a real Asterisk by
/// this tool, replayed by the integration tests. Agents 6666 and 7777 log in with phones of the same numbers; the test
/// dialplan makes numbers ending in 0486 busy and in 0487 ring unanswered.
/// </summary>
public static class AriScenarios
{
    public const string Agent = "6666";
    public const string SecondAgent = "7777";
    public const string Supervisor = "admin";
    public const string InGroup = "TESTIN";
    public const string Caller = "5551234";

    public static IReadOnlyList<AriScenario> All { get; } =
    [
        new("agent-phone", AgentPhoneAsync),
        new("agent-phone-drops", AgentPhoneDropsAsync),
        new("inbound-call", InboundCallAsync),
        new("outbound-calls", OutboundCallsAsync),
        new("blind-transfer", BlindTransferAsync),
        new("consultative-transfer-and-3way", ConferenceAsync),
        new("park-hold-mute-dtmf-playback", CallControlsAsync),
        new("recording", RecordingAsync),
        new("supervisor-monitor", MonitorAsync),
        new("local-closer", LocalCloserAsync),
        new("voicemail", VoicemailAsync),
        new("portal-restart", PortalRestartAsync),
        new("call-without-in-group", CallWithoutInGroupAsync),
        new("asterisk-restart", RestartAsync),
    ];

    private static string Bridge(string agent) => $"portal-agent-{agent}";

    private static async Task<string> LogInAsync(ScenarioContext ctx, string agent = Agent)
    {
        Check(await ctx.Telephony.RingAgentPhoneAsync(agent, agent), $"agent {agent}'s phone answers");
        var phone = ctx.Telephony.PhoneChannelOf(agent)!;
        await ctx.ExpectBridgeAsync(Bridge(agent), phone);
        return phone;
    }

    private static async Task LogOutAsync(ScenarioContext ctx, string phone, string agent = Agent)
    {
        await ctx.Telephony.ReleaseAgentPhoneAsync(agent);
        await ctx.EventuallyOnPbxAsync(async p => !await p.ChannelExistsAsync(phone), $"agent {agent}'s phone hung up");
        ctx.ExpectNoEvent();
    }

    private static async Task<(string Phone, string Call)> TalkingAsync(ScenarioContext ctx)
    {
        var phone = await LogInAsync(ctx);
        var call = await ctx.CallInAsync(InGroup, Caller);
        await ctx.Telephony.BridgeToAgentAsync(call, Agent);
        await ctx.ExpectBridgeAsync(Bridge(Agent), phone, call);
        return (phone, call);
    }

    /// <summary>The agent dials a customer who answers and talks to them in the agent's bridge.</summary>
    private static async Task ManualDialAnsweredAsync(ScenarioContext ctx, string phone, string callId, string number)
    {
        await ctx.Telephony.OriginateAsync(new OriginateRequest(callId, "1", number, "TESTCAMP", Agent));
        await ctx.ExpectAsync<CustomerAnswered>(callId);
        await ctx.ExpectBridgeAsync(Bridge(Agent), phone, callId);
    }

    private static async Task AgentPhoneAsync(ScenarioContext ctx)
    {
        var phone = await LogInAsync(ctx);
        Check(await ctx.Telephony.RingAgentPhoneAsync(Agent, Agent), "a second login with the same phone keeps the line");
        Check(ctx.Telephony.PhoneChannelOf(Agent) == phone, "the line is the same channel");
        await LogOutAsync(ctx, phone);
    }

    private static async Task AgentPhoneDropsAsync(ScenarioContext ctx)
    {
        // The agent's phone hangs up during the session (a handset put down): Portal rings it again.
        var phone = await LogInAsync(ctx);
        await ctx.OnPbxAsync(p => p.FarEndHangsUpAsync(phone));
        await EventuallyAsync(() => ctx.Telephony.PhoneChannelOf(Agent) is { } again && again != phone, "the agent's phone rung again");
        await ctx.ExpectBridgeAsync(Bridge(Agent), ctx.Telephony.PhoneChannelOf(Agent));
        await LogOutAsync(ctx, ctx.Telephony.PhoneChannelOf(Agent)!);
    }

    private static async Task InboundCallAsync(ScenarioContext ctx)
    {
        var (phone, call) = await TalkingAsync(ctx);
        await ctx.OnPbxAsync(p => p.FarEndHangsUpAsync(call));
        await ctx.ExpectAsync<CustomerLeft>(call);
        await ctx.ExpectBridgeAsync(Bridge(Agent), phone);
        await LogOutAsync(ctx, phone);
    }

    private static async Task OutboundCallsAsync(ScenarioContext ctx)
    {
        var phone = await LogInAsync(ctx);

        await ManualDialAnsweredAsync(ctx, phone, "P00000001000001", "5550100");
        await ctx.Telephony.HangUpAsync("P00000001000001");
        await ctx.EventuallyOnPbxAsync(async p => !await p.ChannelExistsAsync("P00000001000001"), "the customer hung up by Portal");

        await ctx.Telephony.OriginateAsync(new OriginateRequest("P00000001000002", "1", "5550486", "TESTCAMP", Agent));
        await ctx.ExpectAsync<CustomerBusy>("P00000001000002");

        await ctx.Telephony.OriginateAsync(new OriginateRequest("P00000001000003", "1", "5550487", "TESTCAMP", Agent));
        await ctx.ExpectAsync<CustomerNoAnswer>("P00000001000003");

        // The auto-dialler's call: answered first, then given to an agent by the router.
        await ctx.Telephony.OriginateAsync(new OriginateRequest("P00000001000004", "1", "5550101", "TESTCAMP", AgentUser: null));
        await ctx.ExpectAsync<CustomerAnswered>("P00000001000004");
        await ctx.ExpectBridgeAsync(Bridge(Agent), phone);
        await ctx.Telephony.BridgeToAgentAsync("P00000001000004", Agent);
        await ctx.ExpectBridgeAsync(Bridge(Agent), phone, "P00000001000004");
        await ctx.OnPbxAsync(p => p.FarEndHangsUpAsync("P00000001000004"));
        await ctx.ExpectAsync<CustomerLeft>("P00000001000004");
        await LogOutAsync(ctx, phone);
    }

    private static async Task BlindTransferAsync(ScenarioContext ctx)
    {
        var (phone, call) = await TalkingAsync(ctx);
        await ctx.Telephony.BlindTransferAsync(call, "5550199");
        await ctx.ExpectBridgeAsync(Bridge(Agent), phone);
        await ctx.EventuallyOnPbxAsync(async p => (await p.ChannelNamesAsync()).Any(n => n.Contains("5550199", StringComparison.Ordinal)), "the transfer dialling 5550199");
        await ctx.OnPbxAsync(p => p.FarEndHangsUpAsync(call));
        await ctx.EventuallyOnPbxAsync(async p => !await p.ChannelExistsAsync(call), "the transferred caller hanging up");
        await LogOutAsync(ctx, phone);
    }

    private static async Task ConferenceAsync(ScenarioContext ctx)
    {
        var (phone, call) = await TalkingAsync(ctx);

        // Consultative: the customer waits on hold while the agent talks to the third party, then all three talk.
        await ctx.Telephony.SetHoldAsync(call, true);
        await ctx.ExpectBridgeAsync(Bridge(Agent), phone);
        await ctx.Telephony.DialConferenceAsync(call, "5550142", withCustomer: false);
        var line = ctx.Telephony.ConferenceLineOf(call);
        var answered = await ctx.ExpectAsync<ConferenceLineResult>(call);
        Check(answered.Answered && answered.Number == "5550142", "the third party answers");
        await ctx.ExpectBridgeAsync(Bridge(Agent), phone, line);
        await ctx.Telephony.SetHoldAsync(call, false);
        await ctx.ExpectBridgeAsync(Bridge(Agent), phone, line, call);

        // The agent leaves: customer and third party go on together; when one hangs up, so does the other.
        await ctx.Telephony.LeaveConferenceAsync(call);
        await ctx.ExpectBridgeAsync(Bridge(Agent), phone);
        await ctx.ExpectBridgeAsync($"portal-3way-{call}", call, line);
        await ctx.OnPbxAsync(p => p.FarEndHangsUpAsync(call));
        await ctx.EventuallyOnPbxAsync(async p => !await p.ChannelExistsAsync(line!), "the third party hung up with the customer");

        // A 3-way line that is busy, then one that answers and is hung up by the agent.
        var second = await ctx.CallInAsync(InGroup, Caller);
        await ctx.Telephony.BridgeToAgentAsync(second, Agent);
        await ctx.Telephony.DialConferenceAsync(second, "5550486", withCustomer: true);
        var busy = await ctx.ExpectAsync<ConferenceLineResult>(second);
        Check(!busy.Answered, "a busy third party is reported as not answered");
        await ctx.Telephony.DialConferenceAsync(second, "5550143", withCustomer: true);
        var thirdParty = ctx.Telephony.ConferenceLineOf(second);
        Check((await ctx.ExpectAsync<ConferenceLineResult>(second)).Answered, "the second third party answers");
        await ctx.ExpectBridgeAsync(Bridge(Agent), phone, second, thirdParty);
        await ctx.Telephony.HangUpConferenceAsync(second);
        await ctx.ExpectBridgeAsync(Bridge(Agent), phone, second);
        await ctx.Telephony.HangUpAsync(second);
        await ctx.ExpectBridgeAsync(Bridge(Agent), phone);
        await LogOutAsync(ctx, phone);
    }

    private static async Task CallControlsAsync(ScenarioContext ctx)
    {
        var (phone, call) = await TalkingAsync(ctx);
        await ctx.Telephony.ParkAsync(call, true);
        await ctx.ExpectBridgeAsync("portal-parking", call);
        await ctx.ExpectBridgeAsync(Bridge(Agent), phone);
        await ctx.Telephony.ParkAsync(call, false);
        await ctx.ExpectBridgeAsync(Bridge(Agent), phone, call);
        await ctx.ExpectBridgeAsync("portal-parking");

        await ctx.Telephony.SetHoldAsync(call, true);
        await ctx.ExpectBridgeAsync(Bridge(Agent), phone);
        await ctx.Telephony.SetHoldAsync(call, false);
        await ctx.ExpectBridgeAsync(Bridge(Agent), phone, call);

        await ctx.Telephony.SetMuteAsync(call, true);
        await ctx.Telephony.SetMuteAsync(call, false);
        await ctx.Telephony.SendDtmfAsync(call, "12#");
        await ctx.Telephony.PlayAudioAsync(call, "portal-test-message");
        await ctx.Telephony.PlayAudioAsync(Agent, "portal-test-message");
        await ctx.Telephony.HangUpAsync(call);
        await ctx.EventuallyOnPbxAsync(async p => !await p.ChannelExistsAsync(call), "the caller hung up by Portal");
        await LogOutAsync(ctx, phone);
    }

    private static async Task RecordingAsync(ScenarioContext ctx)
    {
        var (phone, call) = await TalkingAsync(ctx);
        var recording = await ctx.Telephony.StartRecordingAsync(call, Agent);
        Check(recording.FileName.EndsWith($"_{Agent}_{call}.wav", StringComparison.Ordinal), $"the file is named after agent and call ({recording.FileName})");
        await ctx.Telephony.StopRecordingAsync(call);
        await ctx.EventuallyOnPbxAsync(p => p.StoredRecordingExistsAsync(recording.RecordingId), $"recording {recording.RecordingId} stored");

        // A recording still running when the call ends is stopped with it.
        var second = await ctx.Telephony.StartRecordingAsync(call, Agent);
        await ctx.OnPbxAsync(p => p.FarEndHangsUpAsync(call));
        await ctx.ExpectAsync<CustomerLeft>(call);
        await ctx.EventuallyOnPbxAsync(p => p.StoredRecordingExistsAsync(second.RecordingId), $"recording {second.RecordingId} stored");
        await LogOutAsync(ctx, phone);
    }

    private static async Task MonitorAsync(ScenarioContext ctx)
    {
        var (phone, call) = await TalkingAsync(ctx);
        const string monitorBridge = "portal-monitor-" + Supervisor;
        Check(await ctx.Telephony.MonitorAsync(call, Supervisor, MonitorMode.Listen), "the supervisor listens");
        await ctx.EventuallyOnPbxAsync(async p => (await p.BridgeMembersAsync(monitorBridge)).Count == 2, "supervisor and snoop in the monitor bridge");
        Check(await ctx.Telephony.MonitorAsync(call, Supervisor, MonitorMode.Whisper), "the supervisor whispers");
        await ctx.EventuallyOnPbxAsync(async p => (await p.BridgeMembersAsync(monitorBridge)).Count == 2, "supervisor and whispering snoop in the monitor bridge");
        Check(await ctx.Telephony.MonitorAsync(call, Supervisor, MonitorMode.Barge), "the supervisor barges in");
        await ctx.EventuallyOnPbxAsync(async p => (await p.BridgeMembersAsync(Bridge(Agent))).Count == 3, "the supervisor in the agent's bridge");
        await ctx.Telephony.StopMonitorAsync(call, Supervisor);
        await ctx.ExpectBridgeAsync(Bridge(Agent), phone, call);

        Check(await ctx.Telephony.MonitorAsync(call, Supervisor, MonitorMode.Listen), "the supervisor listens again");
        await ctx.OnPbxAsync(p => p.FarEndHangsUpAsync(call));
        await ctx.ExpectAsync<CustomerLeft>(call);
        await ctx.EventuallyOnPbxAsync(async p => (await p.BridgeMembersAsync(monitorBridge)).Count == 0, "the supervisor taken off the ended call");
        Check(!await ctx.Telephony.MonitorAsync(call, Supervisor, MonitorMode.Listen), "a call that ended cannot be monitored");
        await LogOutAsync(ctx, phone);
    }

    private static async Task LocalCloserAsync(ScenarioContext ctx)
    {
        var (phone, call) = await TalkingAsync(ctx);
        var secondPhone = await LogInAsync(ctx, SecondAgent);
        await ctx.Telephony.ReturnToQueueAsync(call);
        await ctx.ExpectBridgeAsync(Bridge(Agent), phone);
        await ctx.Telephony.BridgeToAgentAsync(call, SecondAgent);
        await ctx.ExpectBridgeAsync(Bridge(SecondAgent), secondPhone, call);
        await ctx.OnPbxAsync(p => p.FarEndHangsUpAsync(call));
        await ctx.ExpectAsync<CustomerLeft>(call);
        await ctx.ExpectBridgeAsync(Bridge(SecondAgent), secondPhone);
        await LogOutAsync(ctx, secondPhone, SecondAgent);
        await LogOutAsync(ctx, phone);
    }

    private static async Task VoicemailAsync(ScenarioContext ctx)
    {
        var phone = await LogInAsync(ctx);
        await ManualDialAnsweredAsync(ctx, phone, "P00000001000005", "5550102");

        // The answering machine hears the two files without the agent, and is hung up when they end.
        await ctx.Telephony.LeaveMessageAsync("P00000001000005", ["portal-test-message", "portal-test-message"]);
        await ctx.ExpectBridgeAsync(Bridge(Agent), phone);
        await ctx.EventuallyOnPbxAsync(async p => !await p.ChannelExistsAsync("P00000001000005"), "the machine hung up after the message");
        await LogOutAsync(ctx, phone);
    }

    private static async Task PortalRestartAsync(ScenarioContext ctx)
    {
        var (phone, call) = await TalkingAsync(ctx);
        await ctx.Telephony.ParkAsync(call, true);
        await ctx.ExpectBridgeAsync("portal-parking", call);
        await ctx.Telephony.ParkAsync(call, false);
        await ctx.ExpectBridgeAsync(Bridge(Agent), phone, call);

        // Portal restarts (a deployment, or the cluster's leader moved): the new one takes over the line and the call.
        await ctx.RestartPortalAsync();
        Check(ctx.Telephony.PhoneChannelOf(Agent) == phone, "the agent's line is taken over");
        await ctx.Telephony.SetHoldAsync(call, true);
        await ctx.ExpectBridgeAsync(Bridge(Agent), phone);
        await ctx.Telephony.SetHoldAsync(call, false);
        await ctx.ExpectBridgeAsync(Bridge(Agent), phone, call);
        await ctx.OnPbxAsync(p => p.FarEndHangsUpAsync(call));
        await ctx.ExpectAsync<CustomerLeft>(call);
        await LogOutAsync(ctx, phone);
    }

    private static async Task CallWithoutInGroupAsync(ScenarioContext ctx)
    {
        // A dialplan mistake: Stasis(portal,inbound,) with no in-group. The caller is hung up, not left in silence.
        string? call = null;
        await ctx.OnPbxAsync(async p => call = await p.CallInAsync("", Caller));
        await ctx.EventuallyOnPbxAsync(async p => !await p.ChannelExistsAsync(call!), "the caller without an in-group hung up");
        ctx.ExpectNoEvent();
    }

    private static async Task RestartAsync(ScenarioContext ctx)
    {
        var (phone, call) = await TalkingAsync(ctx);
        await ctx.OnPbxAsync(p => p.RestartAsync());
        await ctx.ExpectAsync<CustomerLeft>(call);
        await EventuallyAsync(() => ctx.Telephony.PhoneChannelOf(Agent) is { } again && again != phone, "the agent's phone rung again");
        var again = ctx.Telephony.PhoneChannelOf(Agent)!;
        await ctx.ExpectBridgeAsync(Bridge(Agent), again);
        Check(await ctx.Telephony.IsReachableAsync(), "Asterisk reachable again");
        await LogOutAsync(ctx, again);
    }
}
