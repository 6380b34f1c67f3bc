namespace Portal.IntegrationTests;

using Portal.Domain.Sessions;
using Portal.Infrastructure.AgentApi.Calls;

/// <summary>audio_playback through /agc/api.php (contract §3.10), with its stage-first error variants.</summary>
public sealed class AudioPlaybackApiTests(CallFunctionsFactory factory) : IClassFixture<CallFunctionsFactory>, IAsyncLifetime
{
    private static readonly string Host = AgentServer.Address;

    private readonly HttpClient _client = factory.CreateClient();

    private AgentAudioPlayback Playback => factory.Get<AgentAudioPlayback>();

    [Fact]
    public async Task Audio_playback_play_without_a_file_is_not_valid_and_logs_the_stage()
    {
        var (reply, rows) = await factory.CallAuditedAsync(_client, "audio_playback", 1, ("agent_user", "1001"), ("stage", "PLAY"));

        Assert.Equal("ERROR: audio_playback not valid - |PLAY|1001\n", reply.Body);
        Assert.Equal("PLAY", Assert.Single(rows).Data);
    }

    [Fact]
    public async Task Audio_playback_with_a_stage_shorter_than_four_characters_is_not_valid()
    {
        var reply = await _client.CallAsync("audio_playback", ("agent_user", "1001"), ("value", "hello"), ("stage", "GO"));

        Assert.Equal("ERROR: audio_playback not valid - hello|GO|1001\n", reply.Body);
    }

    [Fact]
    public async Task Audio_playback_for_an_agent_who_is_not_logged_in_prints_the_stage_first()
    {
        var (reply, rows) = await factory.CallAuditedAsync(
            _client, "audio_playback", 1, ("agent_user", "1099"), ("value", "hello"), ("stage", "PLAY"));

        Assert.Equal("ERROR: agent_user is not logged in - PLAY|1099\n", reply.Body);
        Assert.Equal("PLAY", Assert.Single(rows).Data);
    }

    [Fact]
    public async Task Audio_playback_with_unknown_alt_user_prints_the_stage_first()
    {
        var (reply, rows) = await factory.CallAuditedAsync(
            _client, "audio_playback", 2, ("alt_user", "NOPE"), ("value", "hello"), ("stage", "PLAY"));

        Assert.Equal("ERROR: no user found - PLAY|NOPE\nERROR: agent_user is not logged in - PLAY|\n", reply.Body);
        Assert.Equal(["PLAY|NOPE", "PLAY"], rows.Select(r => r.Data));
    }

    [Fact]
    public async Task Audio_playback_play_plays_the_file_into_the_agent_phone_when_there_is_no_call()
    {
        await factory.LogInAsync("1001");
        var before = DateTimeOffset.UtcNow;

        var (reply, rows) = await factory.CallAuditedAsync(
            _client, "audio_playback", 1, ("agent_user", "1001"), ("value", "hello"), ("stage", "PLAY"));

        Assert.Equal("SUCCESS: audio_playback function sent - hello|PLAY|1001\n", reply.Body);
        Assert.Contains("Play 1001 hello", factory.Probe.Actions);
        Assert.Equal("hello", Playback.Current("1001")?.File);
        CallApi.AssertEpoch(Assert.Single(rows).Data, before);
    }

    [Fact]
    public async Task Audio_playback_play_on_a_call_plays_the_file_to_the_customer()
    {
        var onCall = await factory.LogInOnAnsweredCallAsync("1002");

        await _client.CallAsync("audio_playback", ("agent_user", "1002"), ("value", "offer"), ("stage", "PLAY"));

        Assert.Contains($"Play {onCall.Call!.CallId} offer", factory.Probe.Actions);
    }

    [Fact]
    public async Task Audio_playback_play_while_audio_plays_is_refused_without_dial_override()
    {
        await factory.LogInAsync("1003");
        await _client.CallAsync("audio_playback", ("agent_user", "1003"), ("value", "first"), ("stage", "PLAY"));

        var (reply, rows) = await factory.CallAuditedAsync(
            _client, "audio_playback", 1, ("agent_user", "1003"), ("value", "second"), ("stage", "PLAY"), ("close_window_link", "1"));

        Assert.Equal($"ERROR: audio_playback error - audio already playing in agent session - 1003|{Host}|PLAY||1003\n", reply.Body);
        Assert.Equal($"1003|{Host}|PLAY|", Assert.Single(rows).Data);
        Assert.Equal("first", Playback.Current("1003")?.File);
    }

    [Fact]
    public async Task Audio_playback_play_with_dial_override_replaces_the_playing_file()
    {
        await factory.LogInAsync("1004");
        await _client.CallAsync("audio_playback", ("agent_user", "1004"), ("value", "first"), ("stage", "PLAY"));

        var (reply, rows) = await factory.CallAuditedAsync(
            _client, "audio_playback", 2, ("agent_user", "1004"), ("value", "second"), ("stage", "PLAY"), ("dial_override", "Y"));

        Assert.Equal(
            "NOTICE: audio_playback previous playback stopped - PLAY|Y|1004\nSUCCESS: audio_playback function sent - second|PLAY|1004\n", reply.Body);
        Assert.Equal(["NOTICE", "SUCCESS"], rows.Select(r => r.Result));
        Assert.Equal("second", Playback.Current("1004")?.File);
    }

    [Theory]
    [InlineData("1005", "STOP")]
    [InlineData("1006", "PAUSE")]
    [InlineData("1007", "RESTART")]
    public async Task Audio_playback_control_with_nothing_playing_is_refused(string agentUser, string stage)
    {
        await factory.LogInAsync(agentUser);

        var (reply, rows) = await factory.CallAuditedAsync(_client, "audio_playback", 1, ("agent_user", agentUser), ("stage", stage));

        Assert.Equal($"ERROR: audio_playback error - no audio playing in agent session - {agentUser}|{Host}|{stage}|{agentUser}\n", reply.Body);
        Assert.Equal($"{agentUser}|{Host}|{stage}", Assert.Single(rows).Data);
    }

    [Fact]
    public async Task Audio_playback_pause_and_resume_change_the_playback()
    {
        await factory.LogInAsync("1008");
        await _client.CallAsync("audio_playback", ("agent_user", "1008"), ("value", "hello"), ("stage", "PLAY"));

        var paused = await _client.CallAsync("audio_playback", ("agent_user", "1008"), ("stage", "PAUSE"));
        var wasPaused = Playback.Current("1008")?.Paused;
        var resumed = await _client.CallAsync("audio_playback", ("agent_user", "1008"), ("stage", "RESUME"));

        Assert.Equal("SUCCESS: audio_playback function sent - |PAUSE|1008\n", paused.Body);
        Assert.Equal("SUCCESS: audio_playback function sent - |RESUME|1008\n", resumed.Body);
        Assert.True(wasPaused);
        Assert.False(Playback.Current("1008")?.Paused);
    }

    [Fact]
    public async Task Audio_playback_restart_plays_the_file_again()
    {
        await factory.LogInAsync("1009");
        await _client.CallAsync("audio_playback", ("agent_user", "1009"), ("value", "again"), ("stage", "PLAY"));

        var reply = await _client.CallAsync("audio_playback", ("agent_user", "1009"), ("stage", "RESTART"));

        Assert.Equal("SUCCESS: audio_playback function sent - |RESTART|1009\n", reply.Body);
        Assert.Equal(2, factory.Probe.Actions.Count(a => a == "Play 1009 again"));
    }

    [Fact]
    public async Task Audio_playback_stop_ends_the_playback()
    {
        await factory.LogInAsync("1010");
        await _client.CallAsync("audio_playback", ("agent_user", "1010"), ("value", "hello"), ("stage", "PLAY"));

        var reply = await _client.CallAsync("audio_playback", ("agent_user", "1010"), ("stage", "STOP"));

        Assert.Equal("SUCCESS: audio_playback function sent - |STOP|1010\n", reply.Body);
        Assert.Null(Playback.Current("1010"));
    }

    [Fact]
    public async Task Audio_playback_from_an_earlier_login_is_not_playing()
    {
        await factory.LogInAsync("1011");
        await _client.CallAsync("audio_playback", ("agent_user", "1011"), ("value", "hello"), ("stage", "PLAY"));
        await factory.SendAsync("1011", new LogOut());
        await factory.LogInAsync("1011");

        var reply = await _client.CallAsync("audio_playback", ("agent_user", "1011"), ("stage", "STOP"));

        Assert.Equal($"ERROR: audio_playback error - no audio playing in agent session - 1011|{Host}|STOP|1011\n", reply.Body);
    }

    [Fact]
    public async Task Audio_playback_unknown_stage_while_audio_plays_is_answered_and_changes_nothing()
    {
        await factory.LogInAsync("1012");
        await _client.CallAsync("audio_playback", ("agent_user", "1012"), ("value", "hello"), ("stage", "PLAY"));

        var reply = await _client.CallAsync("audio_playback", ("agent_user", "1012"), ("stage", "REWIND"));

        Assert.Equal("SUCCESS: audio_playback function sent - |REWIND|1012\n", reply.Body);
        Assert.Equal(new AudioPlayback("hello", "1012", false, factory.Session("1012")!.LoggedInAt), Playback.Current("1012"));
    }

    public Task InitializeAsync() => factory.ResetCallCenterAsync();

    public Task DisposeAsync() => Task.CompletedTask;
}
