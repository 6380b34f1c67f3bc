namespace Portal.IntegrationTests;

using System.Globalization;
using Portal.Infrastructure.Notifications;

/// <summary>send_notification through /agc/api.php (contract §3.30).</summary>
public sealed class SendNotificationApiTests(RestrictedApiUsersFactory factory) : IClassFixture<RestrictedApiUsersFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private Task<ApiReply> SendAsync(params (string Name, string Value)[] parameters) =>
        _client.GetApiAsync(AgentApi.Authenticated("send_notification", parameters));

    private Task<ApiReply> SendAsAsync(string apiUser, params (string Name, string Value)[] parameters) =>
        _client.GetApiAsync(AgentApi.Query(
            [("source", "test"), ("user", apiUser), ("pass", AgentApi.Password), ("function", "send_notification"), .. parameters]));

    [Fact]
    public async Task Notification_to_a_logged_in_user_appears_on_their_screen_at_once()
    {
        await factory.LogInAsync("1001");
        using var inbox = NotificationInbox.Open(factory, "1001");

        var reply = await SendAsync(("recipient", "1001"), ("recipient_type", "USER"), ("notification_text", "Ten minutes to closing"));

        var id = reply.QueuedId();
        Assert.Equal($"SUCCESS: notification queued - 1001|USER|{id}\n", reply.Body);
        var shown = Assert.Single(inbox.Received).Notification;
        Assert.Equal("Ten minutes to closing", shown.Text);
        Assert.Equal("api", shown.From);
        Assert.False(shown.Confetti);
        Assert.Equal(NotificationStatus.Sent, (await factory.NotificationAsync(id)).Status);
    }

    [Fact]
    public async Task Notification_is_stored_with_vicidial_defaults()
    {
        var reply = await SendAsync(("recipient", "1020"), ("recipient_type", "USER"), ("notification_text", "Hello"));

        var row = await factory.NotificationAsync(reply.QueuedId());
        Assert.Equal(("1020", "USER", "Hello"), (row.Recipient, row.RecipientType, row.Text));
        Assert.Equal((12, "Arial", "bold", "black"), (row.TextSize, row.TextFont, row.TextWeight, row.TextColor));
        Assert.Equal("api", row.CreatedBy);
        Assert.InRange(row.DueAt, DateTimeOffset.UtcNow.AddSeconds(-5), DateTimeOffset.UtcNow);
    }

    [Fact]
    public async Task Text_style_reaches_the_screen_and_uppercase_hex_colours_get_a_hash()
    {
        await factory.LogInAsync("1002");
        using var inbox = NotificationInbox.Open(factory, "1002");

        var reply = await SendAsync(
            ("recipient", "1002"), ("recipient_type", "USER"), ("notification_text", "Ten minutes to closing"),
            ("text_size", "36"), ("text_color", "9900FF"), ("text_weight", "bold,italic,underline"), ("text_font", "Verdana"));

        var row = await factory.NotificationAsync(reply.QueuedId());
        Assert.Equal((36, "Verdana", "bold,italic,underline", "#9900FF"), (row.TextSize, row.TextFont, row.TextWeight, row.TextColor));
        var shown = Assert.Single(inbox.Received).Notification;
        Assert.Equal((36, "#9900FF", "bold"), (shown.TextSize, shown.TextColor, shown.TextWeight));
    }

    [Theory]
    [InlineData("red", "red")]
    [InlineData("FF0", "#FF0")]
    [InlineData("ff0", "ff0")]
    [InlineData("FF00FF00", "FF00FF00")]
    public async Task Only_three_to_six_uppercase_hex_digits_are_taken_as_a_hex_colour(string sent, string stored)
    {
        var reply = await SendAsync(("recipient", "1020"), ("recipient_type", "USER"), ("notification_text", "x"), ("text_color", sent));

        Assert.Equal(stored, (await factory.NotificationAsync(reply.QueuedId())).TextColor);
    }

    [Fact]
    public async Task Confetti_without_text_is_a_valid_notification_with_the_code_defaults()
    {
        await factory.LogInAsync("1003");
        using var inbox = NotificationInbox.Open(factory, "1003");

        var reply = await SendAsync(("recipient", "1003"), ("recipient_type", "USER"), ("show_confetti", "Y"));

        Assert.Equal($"SUCCESS: notification queued - 1003|USER|{reply.QueuedId()}\n", reply.Body);
        var shown = Assert.Single(inbox.Received).Notification;
        Assert.True(shown.Confetti);
        Assert.Equal((2, 2350, 2), (shown.ConfettiSeconds, shown.ConfettiParticles, shown.ConfettiSpeed));
    }

    [Fact]
    public async Task Confetti_beyond_the_documented_maxima_is_clamped()
    {
        var reply = await SendAsync(
            ("recipient", "1020"), ("recipient_type", "USER"), ("show_confetti", "Y"),
            ("duration", "40"), ("maxParticleCount", "50000"), ("particleSpeed", "99999999999999999999"));

        var row = await factory.NotificationAsync(reply.QueuedId());
        Assert.Equal((true, 10, 9999, 100), (row.Confetti, row.ConfettiSeconds, row.ConfettiParticles, row.ConfettiSpeed));
    }

    [Fact]
    public async Task Confetti_within_the_maxima_is_kept()
    {
        var reply = await SendAsync(
            ("recipient", "TESTCAMP"), ("recipient_type", "CAMPAIGN"), ("show_confetti", "Y"), ("notification_text", "YOU ARE FIRED"),
            ("duration", "4"), ("maxParticleCount", "3000"), ("particleSpeed", "50"));

        var row = await factory.NotificationAsync(reply.QueuedId());
        Assert.Equal((4, 3000, 50), (row.ConfettiSeconds, row.ConfettiParticles, row.ConfettiSpeed));
    }

    [Fact]
    public async Task Lowercase_y_does_not_ask_for_confetti_so_without_text_the_request_is_invalid()
    {
        var reply = await SendAsync(("recipient", "1001"), ("recipient_type", "USER"), ("show_confetti", "y"));

        Assert.Equal("ERROR: invalid request - 1001|USER\n", reply.Body);
    }

    [Fact]
    public async Task User_group_notification_reaches_every_live_agent_of_the_group()
    {
        await factory.LogInAsync("1004");
        await factory.LogInAsync("1005", "INBOUND");
        using var first = NotificationInbox.Open(factory, "1004");
        using var second = NotificationInbox.Open(factory, "1005");

        var reply = await SendAsync(("recipient", "AGENTS"), ("recipient_type", "USER_GROUP"), ("notification_text", "Team meeting at 3"));

        Assert.Equal($"SUCCESS: notification queued - AGENTS|USER_GROUP|{reply.QueuedId()}\n", reply.Body);
        Assert.Equal("Team meeting at 3", Assert.Single(first.Received).Notification.Text);
        Assert.Equal("Team meeting at 3", Assert.Single(second.Received).Notification.Text);
    }

    [Fact]
    public async Task Campaign_notification_reaches_only_the_agents_logged_into_that_campaign()
    {
        await factory.LogInAsync("1006", "TESTCAMP");
        await factory.LogInAsync("1007", "INBOUND");
        using var outbound = NotificationInbox.Open(factory, "1006");
        using var inbound = NotificationInbox.Open(factory, "1007");

        var reply = await SendAsync(("recipient", "INBOUND"), ("recipient_type", "CAMPAIGN"), ("notification_text", "Queue is long"));

        Assert.Equal($"SUCCESS: notification queued - INBOUND|CAMPAIGN|{reply.QueuedId()}\n", reply.Body);
        Assert.Single(inbound.Received);
        Assert.Empty(outbound.Received);
    }

    [Fact]
    public async Task Scheduled_notification_waits_for_its_time_then_appears()
    {
        await factory.LogInAsync("1008");
        using var inbox = NotificationInbox.Open(factory, "1008");
        var due = DateTimeOffset.Now.AddSeconds(2);

        var reply = await SendAsync(
            ("recipient", "1008"), ("recipient_type", "USER"), ("notification_text", "Later"),
            ("notification_date", due.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)));

        var id = reply.QueuedId();
        Assert.Empty(inbox.Received);
        Assert.Equal(NotificationStatus.Queued, (await factory.NotificationAsync(id)).Status);
        var shown = await inbox.WaitForOneAsync();
        Assert.Equal("Later", shown.Notification.Text);
        Assert.True(shown.At >= due.AddSeconds(-1), $"Shown at {shown.At:O}, due {due:O}");
        await factory.WaitForStatusAsync(id, NotificationStatus.Sent);
    }

    [Fact]
    public async Task Without_retry_a_notification_is_sent_once_to_whoever_is_live()
    {
        var reply = await SendAsync(("recipient", "1019"), ("recipient_type", "USER"), ("notification_text", "Nobody home"));

        Assert.Equal(NotificationStatus.Sent, (await factory.NotificationAsync(reply.QueuedId())).Status);
    }

    [Fact]
    public async Task With_retry_a_notification_waits_until_its_recipient_logs_in()
    {
        var reply = await SendAsync(
            ("recipient", "1009"), ("recipient_type", "USER"), ("notification_text", "Welcome back"), ("notification_retry", "Y"));
        var id = reply.QueuedId();
        Assert.Equal(NotificationStatus.QueuedWithRetry, (await factory.NotificationAsync(id)).Status);

        using var inbox = NotificationInbox.Open(factory, "1009");
        await factory.LogInAsync("1009");

        Assert.Equal("Welcome back", (await inbox.WaitForOneAsync()).Notification.Text);
        await factory.WaitForStatusAsync(id, NotificationStatus.Sent);
    }

    [Fact]
    public async Task Missing_recipient_type_is_looked_up_and_reported_before_success()
    {
        await factory.LogInAsync("1010");
        using var inbox = NotificationInbox.Open(factory, "1010");

        var reply = await SendAsync(("recipient", "1010"), ("notification_text", "Found you"));

        Assert.Equal($"Invalid recipient_type (), NOTICE: found 1010 as USER<BR>\nSUCCESS: notification queued - 1010|USER|{reply.QueuedId()}\n", reply.Body);
        Assert.Single(inbox.Received);
    }

    [Fact]
    public async Task Wrong_recipient_type_falls_back_to_user_group_then_campaign()
    {
        var group = await SendAsync(("recipient", "AGENTS"), ("recipient_type", "GROUP"), ("notification_text", "x"));
        var campaign = await SendAsync(("recipient", "INBOUND"), ("recipient_type", "user"), ("notification_text", "x"));

        Assert.StartsWith("Invalid recipient_type (GROUP), NOTICE: found AGENTS as USER_GROUP<BR>\nSUCCESS: notification queued - AGENTS|USER_GROUP|", group.Body, StringComparison.Ordinal);
        Assert.StartsWith("Invalid recipient_type (user), NOTICE: found INBOUND as CAMPAIGN<BR>\nSUCCESS: notification queued - INBOUND|CAMPAIGN|", campaign.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_recipient_without_a_valid_type_is_not_found_anywhere()
    {
        var reply = await SendAsync(("recipient", "NOBODY"), ("recipient_type", "TEAM"), ("notification_text", "x"), ("close_window_link", "1"));

        Assert.Equal("Invalid recipient_type (TEAM), ERROR: no matching recipient found in users, user_groups, or campaigns - NOBODY\n", reply.Body);
    }

    [Fact]
    public async Task Missing_recipient_is_reported_with_the_type()
    {
        var reply = await SendAsync(("recipient_type", "USER"), ("notification_text", "x"));

        Assert.Equal("ERROR: Missing recipient or recipient_type - |USER\n", reply.Body);
    }

    [Theory]
    [InlineData("USER", "9999", "vicidial_users")]
    [InlineData("USER_GROUP", "NOGROUP", "vicidial_user_groups")]
    [InlineData("CAMPAIGN", "NOCAMP", "vicidial_campaigns")]
    public async Task Recipient_that_does_not_exist_is_refused(string type, string recipient, string table)
    {
        var reply = await SendAsync(("recipient", recipient), ("recipient_type", type), ("notification_text", "x"), ("value", "V1"));

        Assert.Equal($"ERROR: {recipient} DOES NOT EXIST in {table} - V1|{recipient}\n", reply.Body);
    }

    [Fact]
    public async Task Campaign_outside_the_api_users_group_is_not_allowed()
    {
        var reply = await SendAsAsync(RestrictedApiUsersFactory.Limited, ("recipient", "TESTCAMP"), ("recipient_type", "CAMPAIGN"), ("notification_text", "x"));

        Assert.Equal("ERROR: ACCESS TO CAMPAIGN TESTCAMP NOT ALLOWED FOR USER apilimited (INBOUND) - |TESTCAMP\n", reply.Body);
    }

    [Fact]
    public async Task Campaign_inside_the_api_users_group_is_allowed()
    {
        var reply = await SendAsAsync(RestrictedApiUsersFactory.Limited, ("recipient", "INBOUND"), ("recipient_type", "CAMPAIGN"), ("notification_text", "x"));

        Assert.Equal($"SUCCESS: notification queued - INBOUND|CAMPAIGN|{reply.QueuedId()}\n", reply.Body);
    }

    [Fact]
    public async Task Another_user_group_is_not_allowed_for_a_restricted_api_user()
    {
        var reply = await SendAsAsync(RestrictedApiUsersFactory.Limited, ("recipient", "AGENTS"), ("recipient_type", "USER_GROUP"), ("notification_text", "x"));

        Assert.Equal("ERROR: ACCESS TO USER GROUP AGENTS NOT ALLOWED FOR USER apilimited - |AGENTS\n", reply.Body);
    }

    [Fact]
    public async Task Own_user_group_is_allowed_for_a_restricted_api_user()
    {
        var reply = await SendAsAsync(
            RestrictedApiUsersFactory.Limited, ("recipient", RestrictedApiUsersFactory.LimitedGroup), ("recipient_type", "USER_GROUP"), ("notification_text", "x"));

        Assert.Equal($"SUCCESS: notification queued - LIMITED|USER_GROUP|{reply.QueuedId()}\n", reply.Body);
    }

    [Fact]
    public async Task Api_user_whose_group_does_not_exist_cannot_notify_a_campaign()
    {
        var reply = await SendAsAsync(RestrictedApiUsersFactory.Ghost, ("recipient", "TESTCAMP"), ("recipient_type", "CAMPAIGN"), ("notification_text", "x"));

        Assert.Equal("ERROR: user_group DOES NOT EXIST - |GHOST\n", reply.Body);
    }

    [Fact]
    public async Task Api_user_whose_group_does_not_exist_may_not_notify_anyone()
    {
        // VICIdial lets any API user notify any user; Portal applies the supervisor scope, and no group reaches nobody.
        var reply = await SendAsAsync(RestrictedApiUsersFactory.Ghost, ("recipient", "1020"), ("recipient_type", "USER"), ("notification_text", "x"));

        Assert.StartsWith("ERROR: ACCESS TO USER GROUP ", reply.Body, StringComparison.Ordinal);
        Assert.EndsWith(" NOT ALLOWED FOR USER apighost - USER|1020\n", reply.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1011", "12:00")]
    [InlineData("1012", "2025-13-40 10:00")]
    public async Task Malformed_date_is_reported_and_the_notification_is_sent_now(string agentUser, string date)
    {
        await factory.LogInAsync(agentUser);
        using var inbox = NotificationInbox.Open(factory, agentUser);

        var reply = await SendAsync(("recipient", agentUser), ("recipient_type", "USER"), ("notification_text", "Now"), ("notification_date", date));

        Assert.Equal($"NOTICE: Invalid notification date {date}, changing to nowSUCCESS: notification queued - {agentUser}|USER|{reply.QueuedId()}\n", reply.Body);
        Assert.Contains(inbox.Received, n => n.Notification.Text == "Now");
    }

    [Fact]
    public async Task Without_text_or_confetti_the_request_is_invalid()
    {
        var reply = await SendAsync(("recipient", "1001"), ("recipient_type", "USER"), ("close_window_link", "1"));

        Assert.StartsWith("ERROR: invalid request - 1001|USER\n", reply.Body, StringComparison.Ordinal);
        Assert.Contains("Close This Window", reply.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Api_user_without_the_function_is_refused()
    {
        var reply = await SendAsAsync(RestrictedApiUsersFactory.NoFunctions, ("recipient", "1001"), ("recipient_type", "USER"), ("notification_text", "x"));

        Assert.Equal("ERROR: auth USER DOES NOT HAVE PERMISSION TO USE THIS FUNCTION - |apinone|send_notification|API\n", reply.Body);
    }

    [Fact]
    public async Task Disabled_notifications_are_refused_before_the_permission_check()
    {
        await using var disabled = new TunedPortalFactory(("Portal:AgentApi:NotificationsEnabled", "false"));

        var reply = await disabled.CreateClient().GetApiAsync(AgentApi.Authenticated(
            "send_notification", ("recipient", "1001"), ("recipient_type", "USER"), ("notification_text", "x")));

        Assert.Equal("ERROR: Agent API Notifications are disabled on this system - 0\n", reply.Body);
    }

    [Fact]
    public async Task Success_is_audited_with_recipient_and_type_and_the_notices_are_not()
    {
        var source = AuditRows.NewSource();

        await _client.GetApiAsync(AgentApi.Query(
            ("source", source), ("user", AgentApi.User), ("pass", AgentApi.Password), ("function", "send_notification"),
            ("recipient", "1020"), ("recipient_type", "USR"), ("notification_text", "x"), ("notification_date", "soon 12:00")));

        var row = Assert.Single(await factory.WaitForRowsAsync(source));
        Assert.Equal(("SUCCESS", "notification queued"), (row.Result, row.ResultReason));
        Assert.Equal(("1020", "USER"), (row.AgentUser, row.Value));
    }

    [Fact]
    public async Task Missing_recipient_error_is_audited_against_the_recipient()
    {
        var source = AuditRows.NewSource();

        await _client.GetApiAsync(AgentApi.Query(
            ("source", source), ("user", AgentApi.User), ("pass", AgentApi.Password), ("function", "send_notification"), ("recipient_type", "CAMPAIGN")));

        var row = Assert.Single(await factory.WaitForRowsAsync(source));
        Assert.Equal(("ERROR", "Missing recipient or recipient_type"), (row.Result, row.ResultReason));
        Assert.Equal(("", "CAMPAIGN"), (row.AgentUser, row.Value));
    }

    [Fact]
    public async Task Does_not_exist_error_is_audited_with_the_requests_own_agent_user_and_value()
    {
        var source = AuditRows.NewSource();

        await _client.GetApiAsync(AgentApi.Query(
            ("source", source), ("user", AgentApi.User), ("pass", AgentApi.Password), ("function", "send_notification"),
            ("recipient", "9999"), ("recipient_type", "USER"), ("value", "V2"), ("notification_text", "x")));

        var row = Assert.Single(await factory.WaitForRowsAsync(source));
        Assert.Equal(("ERROR", "9999 DOES NOT EXIST in vicidial_users"), (row.Result, row.ResultReason));
        Assert.Equal(("", "V2"), (row.AgentUser, row.Value));
    }
}
