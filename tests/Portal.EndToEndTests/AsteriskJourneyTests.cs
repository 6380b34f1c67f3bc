namespace Portal.EndToEndTests;

using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

/// <summary>
/// The desk on real channels: Portal with Telephony:Provider=Asterisk against an Asterisk started for the test
/// (scripts/asterisk-test.sh; Local channels stand in for phones and callers). Skipped without PORTAL_ASTERISK_PREFIX.
/// </summary>
public sealed class AsteriskJourneyTests : IAsyncLifetime
{
    private AsteriskUnderTest _asterisk = default!;
    private PortalServer _server = default!;
    private Browser _browser = default!;

    public async Task InitializeAsync()
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(AsteriskUnderTest.PrefixVariable)))
        {
            return;
        }

        _asterisk = await AsteriskUnderTest.StartAsync();
        _server = await PortalServer.StartAsync(_asterisk.PortalSettings);
        _browser = await Browser.LaunchAsync();
    }

    public async Task DisposeAsync()
    {
        if (_asterisk is null)
        {
            return;
        }

        var errors = _server.LoggedErrors;
        await _browser.DisposeAsync();
        await _server.DisposeAsync();
        await _asterisk.DisposeAsync();
        Assert.True(errors.Count == 0, "The server logged errors:\n" + string.Join("\n", errors));
    }

    [AsteriskFact]
    public async Task An_inbound_call_on_Asterisk_is_answered_recorded_transferred_to_a_second_agent_and_hung_up()
    {
        // Both agents log in: each phone is answered into the agent's own bridge on Asterisk.
        var first = await _browser.NewPageAsync(_server);
        await first.LogInAgentAsync("1001");
        await ExpectBridgeAsync("portal-agent-1001", 1);
        var second = await _browser.NewPageAsync(_server);
        await second.LogInAgentAsync("1002");
        await ExpectBridgeAsync("portal-agent-1002", 1);

        // A caller dials the sales line; the READY agent gets the call and talks to the caller in their bridge.
        await first.GoReadyAsync();
        var call = await _asterisk.Pbx.CallInAsync("SALESLINE", "3125550142");
        await Expect(first.AgentState()).ToHaveTextAsync("INCALL", new() { Timeout = 20_000 });
        await Expect(first.GetByRole(AriaRole.Heading, new() { NameRegex = new("^Call with") })).ToBeVisibleAsync();
        await ExpectBridgeAsync("portal-agent-1001", 2);

        // Recorded: Asterisk writes the file the desk names.
        await first.Button("Start recording").ClickAsync();
        await Expect(first.GetByLabel("Recording", new() { Exact = true })).ToContainTextAsync("REC");
        await first.Button("Stop recording").ClickAsync();
        await Expect(first.Button("Start recording")).ToBeVisibleAsync();
        await WaitForAsync(() => Directory.EnumerateFiles(Path.Combine(_asterisk.Folder, "spool", "recording"), $"*_1001_{call}.wav").Any(), "the recording's file");

        // Transferred to the second agent: the caller leaves the first agent's bridge for the second's.
        await second.GoReadyAsync();
        await first.OpenTransferAsync();
        await first.GetByLabel("Agent (AGENTDIRECT)", new() { Exact = true }).FocusAsync();
        await first.GetByLabel("Agent (AGENTDIRECT)", new() { Exact = true }).SelectOptionAsync("1002");
        await first.Button("Transfer to agent").ClickAsync();
        await Expect(first.AgentState()).ToHaveTextAsync("DISPO");
        await Expect(second.AgentState()).ToHaveTextAsync("INCALL", new() { Timeout = 20_000 });
        await ExpectBridgeAsync("portal-agent-1001", 1);
        await ExpectBridgeAsync("portal-agent-1002", 2);
        await first.DispositionAsync("SALE", pauseAfter: true);

        // The caller hangs up: the second agent's desk says so, the agent hangs up and dispositions.
        await _asterisk.Pbx.FarEndHangsUpAsync(call);
        await Expect(second.GetByRole(AriaRole.Alert).Filter(new() { HasText = "Customer hung up" })).ToBeVisibleAsync(new() { Timeout = 20_000 });
        await second.Button("Hang up [H]").ClickAsync();
        await Expect(second.AgentState()).ToHaveTextAsync("DISPO");
        await ExpectBridgeAsync("portal-agent-1002", 1);
        await second.DispositionAsync("SALE", pauseAfter: true);
        await Expect(second.AgentState()).ToHaveTextAsync("PAUSED");
    }

    [AsteriskFact]
    public async Task A_park_a_3_way_and_a_supervisor_listening_happen_on_Asterisk()
    {
        var agent = await _browser.NewPageAsync(_server);
        await agent.LogInAgentAsync("1001");
        await agent.GoReadyAsync();
        var call = await _asterisk.Pbx.CallInAsync("SUPPORT", "3125550177");
        await Expect(agent.AgentState()).ToHaveTextAsync("INCALL", new() { Timeout = 20_000 });
        await ExpectBridgeAsync("portal-agent-1001", 2);

        // Park: the caller waits in the parking bridge; grab: back with the agent.
        await agent.Button("Park customer").ClickAsync();
        await Expect(agent.GetByText("Customer parked")).ToBeVisibleAsync();
        await ExpectBridgeAsync("portal-parking", 1);
        await ExpectBridgeAsync("portal-agent-1001", 1);
        await agent.Button("Grab customer").ClickAsync();
        await ExpectBridgeAsync("portal-agent-1001", 2);
        await ExpectBridgeAsync("portal-parking", 0);

        // A 3-way: the third party answers and joins the agent and the caller; then that line is hung up.
        await agent.OpenTransferAsync();
        await agent.Field("Transfer number").FillAsync("3125559000");
        await agent.Button("Dial with customer").ClickAsync();
        await Expect(agent.GetByRole(AriaRole.Status, new() { Name = "Transfer line" })).ToContainTextAsync("3-way with customer", new() { Timeout = 20_000 });
        await ExpectBridgeAsync("portal-agent-1001", 3);
        await agent.Button("Hang up transfer line").ClickAsync();
        await ExpectBridgeAsync("portal-agent-1001", 2);

        // A supervisor listens from the wallboard: their phone and a snoop on the agent's channel share a bridge.
        var wallboard = await _browser.NewPageAsync(_server);
        await wallboard.SignInAsync("super", "Super-demo-1");
        await wallboard.GotoAsync("supervisor");
        await wallboard.Button("Control 1001").ClickAsync();
        await wallboard.Button("Listen").ClickAsync();
        await ExpectBridgeAsync("portal-monitor-super", 2);

        // The agent hangs up: the caller's channel is gone, the supervisor is taken off the call.
        await agent.Button("Hang up [H]").ClickAsync();
        await Expect(agent.AgentState()).ToHaveTextAsync("DISPO");
        await WaitForAsync(async () => !await _asterisk.Pbx.ChannelExistsAsync(call), "the caller hung up");
        await ExpectBridgeAsync("portal-monitor-super", 0);
        await agent.DispositionAsync("SALE", pauseAfter: true);
    }

    [AsteriskFact]
    public async Task When_Asterisk_goes_away_the_desk_says_so_and_rings_the_phone_again_when_it_is_back()
    {
        var agent = await _browser.NewPageAsync(_server);
        await agent.LogInAgentAsync("1001");
        await ExpectBridgeAsync("portal-agent-1001", 1);

        await _asterisk.StopAsync();
        var notifications = agent.GetByRole(AriaRole.Region, new() { Name = "Notifications" });
        await Expect(notifications).ToContainTextAsync("The phone system is not reachable", new() { Timeout = 20_000 });
        using (var http = new HttpClient { BaseAddress = _server.BaseAddress })
        {
            var health = await http.GetStringAsync(new Uri("healthz", UriKind.Relative));
            Assert.Contains("\"telephony\":{\"status\":\"Degraded\"", health, StringComparison.Ordinal);
        }

        await agent.AssertNoSeriousViolationsAsync("the desk while the phone system is down");
        await ScreenshotsAsync(agent, "desk-pbx-down");

        await _asterisk.StartAgainAsync();
        await Expect(notifications).ToContainTextAsync("The phone system is back.", new() { Timeout = 20_000 });
        await ExpectBridgeAsync("portal-agent-1001", 1);
        await Expect(agent.AgentState()).ToHaveTextAsync("PAUSED LOGIN");
    }

    /// <summary>The screen at 1366×768 and 1024×768 when PORTAL_SCREENSHOTS names a folder.</summary>
    private static async Task ScreenshotsAsync(IPage page, string name)
    {
        var folder = Environment.GetEnvironmentVariable("PORTAL_SCREENSHOTS");
        if (string.IsNullOrEmpty(folder))
        {
            return;
        }

        Directory.CreateDirectory(folder);
        foreach (var (width, height) in new[] { (1366, 768), (1024, 768) })
        {
            await page.SetViewportSizeAsync(width, height);
            await page.ScreenshotAsync(new() { Path = Path.Combine(folder, $"{name}-{width}x{height}.png") });
        }
    }

    private Task ExpectBridgeAsync(string bridge, int channels) =>
        WaitForAsync(async () => (await _asterisk.Pbx.BridgeMembersAsync(bridge)).Count == channels, $"bridge {bridge} holding {channels} channel(s)");

    private static Task WaitForAsync(Func<bool> condition, string what) => WaitForAsync(() => Task.FromResult(condition()), what);

    private static async Task WaitForAsync(Func<Task<bool>> condition, string what)
    {
        var until = DateTime.UtcNow.AddSeconds(15);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < until, $"Asterisk never showed {what}.");
            await Task.Delay(100);
        }
    }
}
