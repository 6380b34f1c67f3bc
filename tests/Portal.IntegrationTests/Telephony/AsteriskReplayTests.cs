namespace Portal.IntegrationTests.Telephony;

using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Portal.AriRecorder;
using Portal.AriRecorder.Scenarios;
using Portal.Infrastructure.Telephony.Asterisk;
using Portal.Infrastructure.Telephony.Asterisk.Ari;

/// <summary>
/// The Asterisk adapter against conversations recorded from a real Asterisk 22 (tools/Portal.AriRecorder): each
/// scenario drives the adapter as the recorder did, and must send exactly the requests the recording has, raise the
/// events the scenario expects, and leave nothing of the recording unplayed.
/// </summary>
public sealed class AsteriskReplayTests
{
    public static TheoryData<string> Scenarios => [.. AriScenarios.All.Select(s => s.Name)];

    [Theory]
    [MemberData(nameof(Scenarios))]
    public async Task Adapter_replays_the_recorded_conversation(string name)
    {
        var scenario = AriScenarios.All.Single(s => s.Name == name);
        var entries = AriConversation.Read(RecordingFile(name));
        var replay = new ReplayAriTransport(entries);
        var context = new ScenarioContext(Adapters(replay, AriConversation.ClockOf(entries)), pbx: null, replay.SettleAsync);
        try
        {
            await context.StartAsync();
            try
            {
                await scenario.RunAsync(context);
            }
            catch (ScenarioFailedException ex)
            {
                Assert.Fail($"{ex.Message}; requests not in the recording: [{string.Join(", ", replay.Unexpected)}]; first of the recording not replayed: [{string.Join(", ", replay.Pending.Take(3))}]");
            }

            await replay.WaitUntilDoneAsync(TimeSpan.FromSeconds(10));

            Assert.Empty(replay.Unexpected);
            Assert.Empty(replay.Pending);
            context.ExpectNoEvent();
        }
        finally
        {
            await context.DisposeAsync();
        }
    }

    [Fact]
    public async Task Replay_refuses_a_request_the_recording_does_not_have()
    {
        var entries = AriConversation.Read(RecordingFile("agent-phone"));
        var replay = new ReplayAriTransport(entries);

        await Assert.ThrowsAsync<InvalidOperationException>(() => replay.SendAsync(AriRequest.Delete("bridges/portal-agent-7777"), CancellationToken.None));

        Assert.Equal(["DELETE bridges/portal-agent-7777"], replay.Unexpected);
    }

    [Fact]
    public async Task A_scenario_whose_adapter_does_something_else_fails()
    {
        // The agent-phone recording, with the adapter asked to ring another agent's phone: its requests are not there.
        var entries = AriConversation.Read(RecordingFile("agent-phone"));
        var replay = new ReplayAriTransport(entries);
        using var telephony = Adapter(replay, AriConversation.ClockOf(entries));
        await telephony.StartAsync(CancellationToken.None);
        try
        {
            await ScenarioContext.EventuallyAsync(() => telephony.IsConnected, "connecting");
            await Assert.ThrowsAsync<InvalidOperationException>(() => telephony.RingAgentPhoneAsync(AriScenarios.SecondAgent, AriScenarios.SecondAgent));
            Assert.NotEmpty(replay.Unexpected);
        }
        finally
        {
            await telephony.StopAsync(CancellationToken.None);
        }
    }

    internal static Func<int, AsteriskTelephony> Adapters(IAriTransport transport, DateTimeOffset clock) =>
        AriScenario.Adapters(transport, AriScenario.Options("http://127.0.0.1:1", "portal", "not-used"), clock, NullLogger<AsteriskTelephony>.Instance);

    internal static AsteriskTelephony Adapter(IAriTransport transport, DateTimeOffset clock) => Adapters(transport, clock)(0);

    internal static string RecordingFile(string name) => Path.Combine(AppContext.BaseDirectory, "Telephony", "AriRecordings", $"{name}.jsonl");
}
