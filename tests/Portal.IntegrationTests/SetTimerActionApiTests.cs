namespace Portal.IntegrationTests;

using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Sessions;
using Portal.Infrastructure.Calls;

/// <summary>set_timer_action through /agc/api.php (contract §3.17).</summary>
public sealed class SetTimerActionApiTests(RestrictedApiUsersFactory factory) : IClassFixture<RestrictedApiUsersFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private CallTimerActions Timers => factory.Services.GetRequiredService<CallTimerActions>();

    private Task<ApiReply> SetTimerAsync(params (string Name, string Value)[] parameters) =>
        _client.GetApiAsync(AgentApi.Authenticated("set_timer_action", parameters));

    [Fact]
    public async Task Timer_set_while_paused_is_pending_for_the_next_call()
    {
        await factory.LogInAsync("1001");

        var reply = await SetTimerAsync(("agent_user", "1001"), ("value", "MESSAGE_ONLY"), ("notes", "test message"), ("rank", "15"));

        Assert.Equal("SUCCESS: set_timer_action lead updated - api|1001|MESSAGE_ONLY|test message|15\n", reply.Body);
        Assert.Equal((15, "test message"), Timers.PendingFor("1001"));
    }

    [Fact]
    public async Task Pending_timer_fires_once_its_seconds_into_the_next_call()
    {
        await factory.LogInAsync("1002");
        using var inbox = NotificationInbox.Open(factory, "1002");
        await SetTimerAsync(("agent_user", "1002"), ("value", "MESSAGE_ONLY"), ("notes", "Offer the upgrade"), ("rank", "1"));

        await factory.SendAsync("1002", new GoReady());
        await factory.SendAsync("1002", new OfferCall(NewCall("1002")));
        var call = (await factory.SendAsync("1002", new ConnectCall())).Call!;

        var shown = await inbox.WaitForOneAsync();
        Assert.Equal(("Offer the upgrade", CallTimerActions.Sender), (shown.Notification.Text, shown.Notification.From));
        Assert.True(shown.At - call.StartedAt >= TimeSpan.FromSeconds(0.95), $"Fired {(shown.At - call.StartedAt).TotalMilliseconds} ms into the call.");
        // Spent once it has fired (the notice reaches the screen as the session takes it, a moment before that).
        await Eventually.UntilAsync(() => Task.FromResult(Timers.PendingFor("1002")), pending => pending is null, "the timer to be spent");
    }

    [Fact]
    public async Task Timer_set_during_a_call_counts_from_that_calls_start()
    {
        var session = await factory.LogInOnCallAsync("1003");
        using var inbox = NotificationInbox.Open(factory, "1003");

        var reply = await SetTimerAsync(("agent_user", "1003"), ("value", "WEBFORM"), ("notes", "Open the CRM"), ("rank", "1"));

        Assert.Equal("SUCCESS: set_timer_action lead updated - api|1003|WEBFORM|Open the CRM|1\n", reply.Body);
        var shown = await inbox.WaitForOneAsync();
        Assert.Equal("Open the CRM", shown.Notification.Text);
        Assert.True(shown.At - session.Call!.StartedAt >= TimeSpan.FromSeconds(0.95));
    }

    [Fact]
    public async Task Timer_already_past_on_the_current_call_fires_at_once()
    {
        await factory.LogInOnCallAsync("1004");
        using var inbox = NotificationInbox.Open(factory, "1004");

        await SetTimerAsync(("agent_user", "1004"), ("value", "D1_DIAL"), ("notes", "Dial the supervisor"), ("rank", "0"));

        Assert.Equal("Dial the supervisor", (await inbox.WaitForOneAsync()).Notification.Text);
    }

    [Fact]
    public async Task Timer_without_notes_names_its_action()
    {
        await factory.LogInOnCallAsync("1005");
        using var inbox = NotificationInbox.Open(factory, "1005");

        await SetTimerAsync(("agent_user", "1005"), ("value", "WEBFORM2"));

        Assert.Equal("Timer action WEBFORM2", (await inbox.WaitForOneAsync()).Notification.Text);
    }

    [Fact]
    public async Task None_clears_a_pending_timer()
    {
        await factory.LogInAsync("1006");
        await SetTimerAsync(("agent_user", "1006"), ("value", "MESSAGE_ONLY"), ("notes", "x"), ("rank", "5"));

        var reply = await SetTimerAsync(("agent_user", "1006"), ("value", "NONE"));

        Assert.Equal("SUCCESS: set_timer_action lead updated - api|1006|NONE||\n", reply.Body);
        Assert.Null(Timers.PendingFor("1006"));
    }

    [Fact]
    public async Task A_new_timer_replaces_the_pending_one()
    {
        await factory.LogInAsync("1007");
        await SetTimerAsync(("agent_user", "1007"), ("value", "MESSAGE_ONLY"), ("notes", "first"), ("rank", "5"));

        await SetTimerAsync(("agent_user", "1007"), ("value", "WEBFORM"), ("notes", "second"), ("rank", "9"));

        Assert.Equal((9, "second"), Timers.PendingFor("1007"));
    }

    [Fact]
    public async Task Logging_out_drops_the_pending_timer()
    {
        await factory.LogInAsync("1008");
        await SetTimerAsync(("agent_user", "1008"), ("value", "MESSAGE_ONLY"), ("notes", "x"), ("rank", "5"));

        await factory.SendAsync("1008", new LogOut());

        await Eventually.UntilAsync(() => Task.FromResult(Timers.PendingFor("1008")), p => p is null, "the timer to be dropped");
    }

    [Theory]
    [InlineData("", "MESSAGE_ONLY", "ERROR: set_timer_action not valid - |MESSAGE_ONLY\n")]
    [InlineData("1001", "M", "ERROR: set_timer_action not valid - 1001|M\n")]
    [InlineData("1001", "", "ERROR: set_timer_action not valid - 1001|\n")]
    public async Task Missing_agent_or_short_value_is_not_valid(string agentUser, string value, string expected)
    {
        var reply = await SetTimerAsync(("agent_user", agentUser), ("value", value));

        Assert.Equal(expected, reply.Body);
    }

    [Fact]
    public async Task Agent_who_is_not_logged_in_is_refused()
    {
        var reply = await SetTimerAsync(("agent_user", "1099"), ("value", "MESSAGE_ONLY"));

        Assert.Equal("ERROR: agent_user is not logged in - 1099\n", reply.Body);
    }

    [Fact]
    public async Task Api_user_without_the_function_is_refused()
    {
        var reply = await _client.GetApiAsync(AgentApi.Query(
            ("source", "test"), ("user", RestrictedApiUsersFactory.NoFunctions), ("pass", AgentApi.Password),
            ("function", "set_timer_action"), ("agent_user", "1001"), ("value", "MESSAGE_ONLY")));

        Assert.Equal("ERROR: auth USER DOES NOT HAVE PERMISSION TO USE THIS FUNCTION - MESSAGE_ONLY|apinone|set_timer_action|API\n", reply.Body);
    }

    [Fact]
    public async Task Api_user_who_may_not_modify_campaigns_is_refused()
    {
        await factory.LogInAsync("1009");

        var reply = await _client.GetApiAsync(AgentApi.Query(
            ("source", "test"), ("user", RestrictedApiUsersFactory.NoCampaignChanges), ("pass", AgentApi.Password),
            ("function", "set_timer_action"), ("agent_user", "1009"), ("value", "MESSAGE_ONLY"), ("notes", "x"), ("rank", "3")));

        Assert.Equal("ERROR: user is not allowed to modify campaign settings - 1009|apinocamp\n", reply.Body);
        Assert.Null(Timers.PendingFor("1009"));
    }

    [Fact]
    public async Task Success_and_not_valid_are_audited_with_their_details_as_data()
    {
        await factory.LogInAsync("1010");
        var (ok, bad) = (AuditRows.NewSource(), AuditRows.NewSource());

        await _client.GetApiAsync(AgentApi.Query(
            ("source", ok), ("user", AgentApi.User), ("pass", AgentApi.Password), ("function", "set_timer_action"),
            ("agent_user", "1010"), ("value", "MESSAGE_ONLY"), ("notes", "hi there"), ("rank", "20")));
        await _client.GetApiAsync(AgentApi.Query(
            ("source", bad), ("user", AgentApi.User), ("pass", AgentApi.Password), ("function", "set_timer_action"), ("agent_user", "1010")));

        var success = Assert.Single(await factory.WaitForRowsAsync(ok));
        Assert.Equal(("SUCCESS", "set_timer_action lead updated", "api|1010|MESSAGE_ONLY|hi there|20"), (success.Result, success.ResultReason, success.Data));
        Assert.Equal(("1010", "MESSAGE_ONLY"), (success.AgentUser, success.Value));
        var invalid = Assert.Single(await factory.WaitForRowsAsync(bad));
        Assert.Equal(("ERROR", "set_timer_action not valid", "1010|"), (invalid.Result, invalid.ResultReason, invalid.Data));
    }

    private static ActiveCall NewCall(string agentUser) =>
        new($"timer-{agentUser}-{Guid.NewGuid():N}", LeadId: null, "5551230000", CallDirection.Outbound, InGroupId: null, CallFlags.None, DateTimeOffset.UtcNow);
}
