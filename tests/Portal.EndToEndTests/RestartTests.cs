namespace Portal.EndToEndTests;

using static Microsoft.Playwright.Assertions;

/// <summary>A restart does not log anyone out: live sessions are restored from the database.</summary>
public sealed class RestartTests : BrowserTest
{
    [Fact]
    public async Task Agent_session_survives_a_server_restart_and_stays_controllable()
    {
        var page = await Browser.NewPageAsync(Server);
        await page.LogInAgentAsync("1003");
        await page.GoReadyAsync();

        await Server.RestartAsync();
        await page.ReloadAsync();

        await Expect(page.AgentState()).ToHaveTextAsync("READY");
        await AgentApi.CallAsync(Server, "agent_user=1003&function=external_pause&value=PAUSE");
        await Expect(page.AgentState()).ToHaveTextAsync("PAUSED");
    }
}
