namespace Portal.EndToEndTests;

using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

/// <summary>The supervisor's wallboard follows agents live and controls their sessions remotely.</summary>
public sealed class WallboardTests : BrowserTest
{
    private const string AnsweringNumber = "3125550102";

    protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
    {
        [$"Telephony:Simulator:FixedOutcomes:{AnsweringNumber}"] = "Answer",
    };

    [Fact]
    public async Task Wallboard_shows_two_agents_live_as_they_change_state()
    {
        var wallboard = await OpenWallboardAsync();
        var first = await Browser.NewPageAsync(Server);
        var second = await Browser.NewPageAsync(Server);

        await first.LogInAgentAsync("1001");
        await second.LogInAgentAsync("1002");
        await Expect(State(wallboard, "1001")).ToHaveTextAsync("PAUSED LOGIN");
        await Expect(State(wallboard, "1002")).ToHaveTextAsync("PAUSED LOGIN");
        await Expect(Tile(wallboard, "Agents logged in")).ToHaveTextAsync("2");

        await first.GoReadyAsync();
        await Expect(State(wallboard, "1001")).ToHaveTextAsync("READY");
        await Expect(Row(wallboard, "1001").Locator("[data-band]")).ToHaveAttributeAsync("data-band", "LightBlue");
        await Expect(Row(wallboard, "1001").Locator("td[data-label='Colour']")).ToHaveTextAsync("Waiting");
        await Expect(Tile(wallboard, "Ready")).ToHaveTextAsync("1");

        await second.GoReadyAsync();
        await second.GetByLabel("Pause code", new() { Exact = true }).SelectOptionAsync("LUNCH");
        await second.Button("Pause [P]").ClickAsync();
        await Expect(State(wallboard, "1002")).ToHaveTextAsync("PAUSED LUNCH");
        await Expect(State(wallboard, "1001")).ToHaveTextAsync("READY");

        await second.Button("Leave campaign").ClickAsync();
        await Expect(Row(wallboard, "1002")).ToHaveCountAsync(0);
        await Expect(Row(wallboard, "1001")).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task Force_pause_with_a_code_from_the_wallboard_turns_the_agents_page_to_paused_with_that_code()
    {
        var agent = await Browser.NewPageAsync(Server);
        await agent.LogInAgentAsync("1001");
        await agent.GoReadyAsync();
        var wallboard = await OpenWallboardAsync();
        await Expect(State(wallboard, "1001")).ToHaveTextAsync("READY");

        await wallboard.Button("Control 1001").ClickAsync();
        await wallboard.ChooseAsync("Pause code", "BREAK – Short break");
        await wallboard.Button("Force pause").ClickAsync();

        await Expect(agent.AgentState()).ToHaveTextAsync("PAUSED BREAK");
        await Expect(State(wallboard, "1001")).ToHaveTextAsync("PAUSED BREAK");
        await Expect(wallboard.GetByRole(AriaRole.Status, new() { Name = "Remote control result" })).ToHaveTextAsync("1001 is paused (BREAK).");
    }

    [Fact]
    public async Task Notification_with_confetti_sent_from_the_wallboard_appears_on_the_agents_page()
    {
        var agent = await Browser.NewPageAsync(Server);
        await agent.LogInAgentAsync("1002");
        var wallboard = await OpenWallboardAsync();

        await wallboard.Button("Control 1002").ClickAsync();
        await wallboard.GetByLabel("Message", new() { Exact = true }).FillAsync("Best week ever");
        await wallboard.GetByText("Confetti", new() { Exact = true }).ClickAsync();
        await wallboard.GetByText("Keep on screen until dismissed", new() { Exact = true }).ClickAsync();
        await wallboard.Button("Send notification").ClickAsync();

        var notice = agent.GetByRole(AriaRole.Alert).Filter(new() { HasText = "Best week ever" });
        await Expect(notice).ToBeVisibleAsync();
        await Expect(notice).ToContainTextAsync("from super, kept until you close it");
        await Expect(agent.Locator("canvas.portal-confetti")).ToHaveCountAsync(1);
        await Expect(wallboard.GetByRole(AriaRole.Status, new() { Name = "Remote control result" })).ToContainTextAsync("sent to 1002");
    }

    [Fact]
    public async Task A_call_hung_up_from_the_wallboard_tells_the_agent_a_supervisor_ended_it()
    {
        var agent = await Browser.NewPageAsync(Server);
        await agent.LogInAgentAsync("1003");
        await agent.Field("Number to dial").FillAsync(AnsweringNumber);
        await agent.Button("Dial").ClickAsync();
        await Expect(agent.AgentState()).ToHaveTextAsync("INCALL");
        var wallboard = await OpenWallboardAsync();

        await wallboard.Button("Control 1003").ClickAsync();
        await wallboard.Button("Hang up").ClickAsync();
        await wallboard.Button("Yes, hang up").ClickAsync();

        await Expect(agent.AgentState()).ToHaveTextAsync("DISPO");
        await Expect(agent.GetByLabel("Who ended the call")).ToHaveTextAsync("Call ended: a supervisor hung up");
    }

    private async Task<IPage> OpenWallboardAsync()
    {
        var page = await Browser.NewPageAsync(Server);
        await page.OpenWallboardAsync();
        return page;
    }

    private static ILocator Row(IPage wallboard, string agent) => wallboard.WallboardRow(agent);

    private static ILocator State(IPage wallboard, string agent) => wallboard.WallboardState(agent);

    private static ILocator Tile(IPage wallboard, string label) =>
        wallboard.GetByRole(AriaRole.Listitem, new() { Name = label, Exact = true }).Locator(".tile-value");
}
