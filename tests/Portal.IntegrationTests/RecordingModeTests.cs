namespace Portal.IntegrationTests;

using Microsoft.EntityFrameworkCore;
using Portal.Domain.Campaigns;
using Portal.Domain.Sessions;
using Portal.Infrastructure.Calls;

/// <summary>
/// The campaign's recording mode decides what the agent may do. Each test changes the mode of a campaign only it
/// uses in this host.
/// </summary>
public sealed class RecordingModeTests(DialOutcomesFactory factory) : IClassFixture<DialOutcomesFactory>
{
    private readonly CallControls _controls = factory.Get<CallControls>();

    private Task UseRecordingAsync(string campaignId, RecordingMode mode) =>
        factory.ChangeAsync(async db => (await db.Campaigns.SingleAsync(c => c.Id == campaignId)).UseRecording(mode));

    [Fact]
    public async Task Campaign_that_never_records_refuses_to_start_a_recording()
    {
        await UseRecordingAsync("TESTCAMP", RecordingMode.Never);
        var onCall = await factory.LogInOnAnsweredCallAsync("1001");

        var done = await _controls.RecordAsync("1001", start: true);

        Assert.Equal("This campaign does not record calls.", done.Error);
        Assert.False(factory.Session("1001")!.Call!.Has(CallFlags.Recording));
        Assert.Null(await _controls.CurrentRecordingAsync(onCall.Call!.CallId));
    }

    [Fact]
    public async Task Campaign_that_forces_recording_records_the_call_and_refuses_to_stop()
    {
        await UseRecordingAsync("INBOUND", RecordingMode.AllForce);
        await factory.LogInOnAnsweredCallAsync("1002", campaignId: "INBOUND");
        await factory.WaitForSessionAsync("1002", s => s.Call is { } c && c.Has(CallFlags.Recording), "the forced recording");

        var done = await _controls.RecordAsync("1002", start: false);

        Assert.Equal("This campaign records every call; recording cannot be stopped.", done.Error);
        Assert.True(factory.Session("1002")!.Call!.Has(CallFlags.Recording));
    }
}
