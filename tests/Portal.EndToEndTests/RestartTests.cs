namespace Portal.EndToEndTests;

using static Microsoft.Playwright.Assertions;

/// <summary>A restart does not log anyone out: live sessions are restored from the database.</summary>
public sealed class RestartTests : IAsyncLifetime
{
    private PortalServer _server = default!;
    private Browser _browser = default!;

    public async Task InitializeAsync()
    {
        var server = PortalServer.StartAsync();
        var browser = Browser.LaunchAsync();
        _server = await server;
        _browser = await browser;
    }

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task Agent_session_survives_a_server_restart_and_stays_controllable()
    {
        var page = await _browser.NewPageAsync(_server);
        await page.LogInAgentAsync("1003");
        await page.GoReadyAsync();

        await _server.RestartAsync();
        await page.ReloadAsync();

        await Expect(page.AgentState()).ToHaveTextAsync("READY");
        await AgentApi.CallAsync(_server, "agent_user=1003&function=external_pause&value=PAUSE");
        await Expect(page.AgentState()).ToHaveTextAsync("PAUSED");
    }
}
