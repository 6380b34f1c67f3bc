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
    public Task Adapter_replays_the_recorded_conversation(string name) => ReplayAsync(name);

    [Fact]
    public Task An_agent_logging_in_while_Portal_reads_the_channels_after_connecting_is_rung_once() =>
        // Asterisk's list of channels arrives only after the login has created the agent's bridge: the line (still
        // ringing, not in the list) must not count as a phone lost in an outage and be rung a second time.
        ReplayAsync("agent-phone", replay => new ChannelListAfterLogin(replay));

    /// <summary>
    /// Runs the scenario against its recording (through <paramref name="wire"/>, when given, around the replay): the
    /// adapter must send exactly the recorded requests, raise the expected events and leave nothing unplayed.
    /// </summary>
    private static async Task ReplayAsync(string name, Func<IAriTransport, IAriTransport>? wire = null)
    {
        var scenario = AriScenarios.All.Single(s => s.Name == name);
        var entries = AriConversation.Read(RecordingFile(name));
        var replay = new ReplayAriTransport(entries);
        var context = new ScenarioContext(Adapters(wire?.Invoke(replay) ?? replay, AriConversation.ClockOf(entries)), pbx: null, replay.SettleAsync);
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

/// <summary>Answers <c>GET channels</c> only once the agent's bridge has been asked for (a login racing the resync).</summary>
file sealed class ChannelListAfterLogin(IAriTransport inner) : IAriTransport
{
    private readonly TaskCompletionSource _loginStarted = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public async Task<AriResponse> SendAsync(AriRequest request, CancellationToken cancellationToken)
    {
        if (request.Method == "POST" && request.Path.StartsWith("bridges/portal-agent-", StringComparison.Ordinal))
        {
            _loginStarted.TrySetResult();
        }

        var response = await inner.SendAsync(request, cancellationToken);
        if (request.Method == "GET" && request.Path == "channels")
        {
            await _loginStarted.Task.WaitAsync(TimeSpan.FromSeconds(10), cancellationToken);
        }

        return response;
    }

    public Task<IAriEventStream> ConnectAsync(string application, CancellationToken cancellationToken) => inner.ConnectAsync(application, cancellationToken);
}
