namespace Portal.IntegrationTests;

using Portal.Domain.Sessions;

/// <summary>refresh_panel through /agc/api.php (contract §3.16): the triggers sent become panels the screen reloads.</summary>
public sealed class RefreshPanelApiTests(LeadsApiFactory factory) : IClassFixture<LeadsApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Refresh_panel_without_agent_user_is_not_valid()
    {
        var reply = await _client.CallAsync("refresh_panel", ("formreload", "1"));

        Assert.Equal("ERROR: agent_user not valid - \n", reply.Body);
    }

    [Fact]
    public async Task Refresh_panel_needs_the_function_permission()
    {
        var reply = await _client.CallAsAsync(LeadsApiFactory.NoFunctionsUser, "refresh_panel", ("agent_user", "1001"), ("formreload", "1"));

        Assert.Equal("ERROR: auth USER DOES NOT HAVE PERMISSION TO USE THIS FUNCTION - |apinone|refresh_panel|APITEST\n", reply.Body);
    }

    [Fact]
    public async Task Refresh_panel_on_an_agent_who_is_not_logged_in_says_so()
    {
        var reply = await _client.CallAsync("refresh_panel", ("agent_user", "1020"), ("formreload", "1"));

        Assert.Equal("ERROR: agent_user is not logged in - 1020\n", reply.Body);
    }

    [Fact]
    public async Task Refresh_panel_without_a_trigger_says_no_panels_were_defined()
    {
        await factory.LogInAsync("1002");

        var reply = await _client.CallAsync("refresh_panel", ("agent_user", "1002"), ("value", "formreload"));

        Assert.Equal("ERROR: no panels have been defined - 1002\n", reply.Body);
    }

    [Fact]
    public async Task Refresh_panel_reloads_the_panels_on_the_agents_screen_and_logs_the_list()
    {
        await factory.LogInAsync("1003");
        using var events = factory.Record("1003");

        var (reply, rows) = await factory.CallAuditedAsync(
            _client, "refresh_panel", 1, ("agent_user", "1003"), ("scriptreload", "1"), ("script2reload", "1"), ("callbacksreload", "1"));

        Assert.Equal("SUCCESS: refresh_panel request sent - api|1003|1|scriptreload,script2reload,callbacksreload|\n", reply.Body);
        Assert.Equal(("SUCCESS", "refresh_panel request sent", "api|1003|1|scriptreload,script2reload,callbacksreload|"), (rows[0].Result, rows[0].ResultReason, rows[0].Data));
        Assert.Equal(["script", "script2", "callbacks"], Assert.Single(events.OfType<PanelsRefreshRequested>()).Panels);
    }

    [Fact]
    public async Task Refresh_panel_needs_no_lead_on_screen()
    {
        await factory.LogInReadyAsync("1004");

        var reply = await _client.CallAsync("refresh_panel", ("agent_user", "1004"), ("formreload", "1"), ("chatreload", "1"), ("emailreload", "1"));

        Assert.Equal("SUCCESS: refresh_panel request sent - api|1004|1|formreload,emailreload,chatreload|\n", reply.Body);
    }
}
