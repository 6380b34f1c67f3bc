namespace Portal.IntegrationTests;

using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Portal.Domain.Campaigns;
using Portal.Domain.Sessions;
using Portal.Infrastructure.AgentApi.Calls;

/// <summary>
/// recording through /agc/api.php (contract §3.7). TESTCAMP records on demand; INBOUND's mode is changed by the tests
/// that need another one.
/// </summary>
public sealed class RecordingApiTests(CallFunctionsFactory factory) : IClassFixture<CallFunctionsFactory>, IAsyncLifetime
{
    private static readonly string Host = AgentServer.Address;

    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Recording_without_start_stop_or_status_is_not_valid()
    {
        var reply = await _client.CallAsync("recording", ("agent_user", "1001"), ("value", "RECORD"));

        Assert.Equal("ERROR: recording not valid - RECORD|1001\n", reply.Body);
    }

    [Fact]
    public async Task Recording_of_an_agent_who_is_not_logged_in_is_refused()
    {
        var reply = await _client.CallAsync("recording", ("agent_user", "1099"), ("value", "STATUS"));

        Assert.Equal("ERROR: agent_user is not logged in - 1099\n", reply.Body);
    }

    [Fact]
    public async Task Recording_status_of_an_agent_not_recording_is_a_notice_with_the_agent_session()
    {
        await factory.LogInAsync("1001");

        var (reply, rows) = await factory.CallAuditedAsync(_client, "recording", 1, ("agent_user", "1001"), ("value", "STATUS"));

        Assert.Equal($"NOTICE: not recording - 1001|||||{Host}|1001|PAUSED\n", reply.Body);
        var row = Assert.Single(rows);
        Assert.Equal(("NOTICE", "not recording", "STATUS"), (row.Result, row.ResultReason, row.Value));
    }

    [Fact]
    public async Task Recording_start_records_the_live_call()
    {
        var onCall = await factory.LogInOnAnsweredCallAsync("1002");

        var reply = await _client.CallAsync("recording", ("agent_user", "1002"), ("value", "START"));

        Assert.Equal($"SUCCESS: recording function sent - 1002|START||||{Host}|1002|INCALL\n", reply.Body);
        Assert.True(factory.CallOf("1002").Has(CallFlags.Recording));
        var callId = onCall.Call!.CallId;
        Assert.True(await factory.QueryAsync(db => db.Recordings.AnyAsync(r => r.CallId == callId && r.EndedAt == null)));
    }

    [Fact]
    public async Task Recording_start_appends_the_stage_cut_to_fourteen_characters()
    {
        await factory.LogInOnAnsweredCallAsync("1003");

        var (reply, rows) = await factory.CallAuditedAsync(
            _client, "recording", 1, ("agent_user", "1003"), ("value", "START"), ("stage", "_MIDCALL_ABCDEFGHIJ"));

        Assert.Equal($"SUCCESS: recording function sent - 1003|START_MIDCALL_ABCDE||||{Host}|1003|INCALL\n", reply.Body);
        Assert.Equal("START_MIDCALL_ABCDE", Assert.Single(rows).Value);
    }

    [Fact]
    public async Task Recording_status_while_recording_reports_the_recording()
    {
        var onCall = await factory.LogInOnAnsweredCallAsync("1004");
        await _client.CallAsync("recording", ("agent_user", "1004"), ("value", "START"));
        var callId = onCall.Call!.CallId;
        var recording = await factory.QueryAsync(db => db.Recordings.AsNoTracking().SingleAsync(r => r.CallId == callId));

        var reply = await _client.CallAsync("recording", ("agent_user", "1004"), ("value", "STATUS"));

        var file = Path.GetFileNameWithoutExtension(recording.FileName);
        var started = recording.StartedAt.ToLocalTime().ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
        Assert.Equal($"NOTICE: recording active - 1004|{recording.RecordingId}|{file}|{Host}|{started}|{Host}|1004|INCALL\n", reply.Body);
    }

    [Fact]
    public async Task Recording_stop_ends_the_recording()
    {
        var onCall = await factory.LogInOnAnsweredCallAsync("1005");
        await _client.CallAsync("recording", ("agent_user", "1005"), ("value", "START"));

        var reply = await _client.CallAsync("recording", ("agent_user", "1005"), ("value", "STOP"));

        Assert.Equal($"SUCCESS: recording function sent - 1005|STOP||||{Host}|1005|INCALL\n", reply.Body);
        Assert.False(factory.CallOf("1005").Has(CallFlags.Recording));
        var callId = onCall.Call!.CallId;
        Assert.True(await factory.QueryAsync(db => db.Recordings.AllAsync(r => r.CallId != callId || r.EndedAt != null)));
    }

    [Fact]
    public async Task Recording_stop_when_not_recording_is_an_error_that_ends_the_request()
    {
        await factory.LogInOnAnsweredCallAsync("1006");

        var reply = await _client.CallAsync("recording", ("agent_user", "1006"), ("value", "STOP"), ("close_window_link", "1"));

        Assert.Equal($"ERROR: stop recording error - 1006|||||{Host}|1006|INCALL\n", reply.Body);
    }

    [Fact]
    public async Task Recording_start_without_a_live_call_reports_no_live_call()
    {
        await factory.LogInAsync("1007");

        var reply = await _client.CallAsync("recording", ("agent_user", "1007"), ("value", "START"));

        Assert.Equal("ERROR: agent_user does not have a live call - 1007\n", reply.Body);
    }

    [Fact]
    public async Task Recording_stop_in_an_all_force_campaign_is_refused_with_the_recording_id()
    {
        await SetInboundRecordingAsync(RecordingMode.AllForce);
        await factory.LogInOnAnsweredCallAsync("1008", campaignId: "INBOUND");
        var recording = await factory.WaitForSessionAsync("1008", s => s.Call?.Has(CallFlags.Recording) == true, "the forced recording");
        var callId = recording.Call!.CallId;
        var recordingId = await factory.QueryAsync(db => db.Recordings.Where(r => r.CallId == callId).Select(r => r.RecordingId).SingleAsync());

        var reply = await _client.CallAsync("recording", ("agent_user", "1008"), ("value", "STOP"));

        Assert.Equal($"ERROR: stop recording error - 1008|{recordingId}||||{Host}|1008|INCALL\n", reply.Body);
        Assert.True(factory.CallOf("1008").Has(CallFlags.Recording));
    }

    [Fact]
    public async Task Recording_start_in_a_campaign_that_never_records_is_not_valid()
    {
        await SetInboundRecordingAsync(RecordingMode.Never);
        await factory.LogInOnAnsweredCallAsync("1009", campaignId: "INBOUND");

        var reply = await _client.CallAsync("recording", ("agent_user", "1009"), ("value", "START"));

        Assert.Equal("ERROR: recording not valid - START|1009\n", reply.Body);
        Assert.False(factory.CallOf("1009").Has(CallFlags.Recording));
    }

    private Task SetInboundRecordingAsync(RecordingMode mode) =>
        factory.ChangeAsync(async db => (await db.Campaigns.SingleAsync(c => c.Id == "INBOUND")).UseRecording(mode));

    public Task InitializeAsync() => factory.ResetCallCenterAsync();

    public Task DisposeAsync() => Task.CompletedTask;
}
