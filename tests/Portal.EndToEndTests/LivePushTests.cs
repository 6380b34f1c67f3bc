namespace Portal.EndToEndTests;

using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

/// <summary>Commands from the API and from the agent's own clicks reach open pages by push, without a reload.</summary>
public sealed class LivePushTests : BrowserTest
{
    [Fact]
    public async Task Api_external_pause_turns_the_open_agent_page_to_paused_without_reload()
    {
        var page = await Browser.NewPageAsync(Server);
        await page.LogInAgentAsync("1001");
        await page.GoReadyAsync();
        var navigations = 0;
        page.FrameNavigated += (_, frame) => navigations += frame == page.MainFrame ? 1 : 0;

        var reply = await AgentApi.CallAsync(Server, "agent_user=1001&function=external_pause&value=PAUSE");

        Assert.Matches(@"^SUCCESS: external_pause function set - PAUSE\|\d{10}\|1001\n$", reply);
        await Expect(page.AgentState()).ToHaveTextAsync("PAUSED");
        Assert.Equal(0, navigations);
    }

    [Fact]
    public async Task Supervisor_page_shows_agent_state_changes_live()
    {
        var supervisor = await Browser.NewPageAsync(Server);
        await supervisor.SignInAsync("super", "Super-demo-1");
        await supervisor.GotoAsync("supervisor");
        await Expect(supervisor.GetByRole(AriaRole.Heading, new() { Name = "Wallboard" })).ToBeVisibleAsync();
        var agent = await Browser.NewPageAsync(Server);
        var state = supervisor.WallboardState("1002");

        await agent.LogInAgentAsync("1002");
        await Expect(state).ToHaveTextAsync("PAUSED LOGIN");
        await agent.GoReadyAsync();
        await Expect(state).ToHaveTextAsync("READY");
        await AgentApi.CallAsync(Server, "agent_user=1002&function=external_pause&value=PAUSE");
        await Expect(state).ToHaveTextAsync("PAUSED");
        await AgentApi.CallAsync(Server, "agent_user=1002&function=logout&value=LOGOUT");

        await Expect(supervisor.Locator("tr[data-agent='1002']")).ToHaveCountAsync(0);
        await Expect(agent.GetByLabel("Campaign", new() { Exact = true })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Agent_pauses_with_a_pause_code_logs_out_and_signs_out()
    {
        var page = await Browser.NewPageAsync(Server);
        await page.LogInAgentAsync("1004");
        await page.GoReadyAsync();

        await page.GetByLabel("Pause code", new() { Exact = true }).SelectOptionAsync("BREAK");
        await page.GetByRole(AriaRole.Button, new() { Name = "Pause [P]", Exact = true }).ClickAsync();
        await Expect(page.AgentState()).ToHaveTextAsync("PAUSED BREAK");
        await page.GetByRole(AriaRole.Button, new() { Name = "Leave campaign" }).ClickAsync();

        await Expect(page.GetByLabel("Phone login", new() { Exact = true })).ToBeVisibleAsync();
        var reply = await AgentApi.CallAsync(Server, "agent_user=1004&function=external_pause&value=PAUSE");
        Assert.Equal("ERROR: agent_user is not logged in - 1004\n", reply);

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await page.WaitForURLAsync("**/account/login");
        await page.GotoAsync("agent");
        await Expect(page.GetByLabel("Username", new() { Exact = true })).ToBeVisibleAsync();
    }
}
