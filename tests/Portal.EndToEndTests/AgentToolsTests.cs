namespace Portal.EndToEndTests;

using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

/// <summary>The desk's other tools: preview, lead search, blind transfer, hold/mute, call log, in-groups, hotkeys.</summary>
public sealed class AgentToolsTests : BrowserTest
{
    protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
    {
        ["Telephony:Simulator:AnswerOdds"] = "1",
        ["Telephony:Simulator:BusyOdds"] = "0",
        ["Telephony:Simulator:NoAnswerOdds"] = "0",
    };

    [Fact]
    public async Task Preview_skip_and_dial_then_blind_transfer_suggests_xfer()
    {
        var page = await Browser.NewPageAsync(Server);
        await page.LogInAgentAsync("1007");

        await page.Button("Preview next lead").ClickAsync();
        var preview = page.GetByLabel("Lead preview");
        await Expect(preview).ToBeVisibleAsync();
        var first = await preview.Locator("p").InnerTextAsync();
        await page.Button("Skip lead").ClickAsync();
        await Expect(preview.Locator("p")).Not.ToHaveTextAsync(first);
        await page.Button("Dial lead").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { NameRegex = new("^Call with") })).ToBeVisibleAsync();

        await page.Button("Hold").ClickAsync();
        await Expect(page.GetByText("On hold")).ToBeVisibleAsync();
        await page.Button("Resume from hold").ClickAsync();
        await page.Button("Mute").ClickAsync();
        await Expect(page.GetByText("Muted", new() { Exact = true })).ToBeVisibleAsync();

        await page.OpenTransferAsync();
        await page.Field("Transfer number").FillAsync("3125558000");
        await page.Button("Blind transfer").ClickAsync();
        await Expect(page.AgentState()).ToHaveTextAsync("DISPO");
        await Expect(page.GetByRole(AriaRole.Radio, new() { NameRegex = new("^XFER ") })).ToHaveAttributeAsync("aria-checked", "true");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.AgentState()).ToHaveTextAsync("PAUSED");

        await page.GetByRole(AriaRole.Tab, new() { Name = "My calls" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Table, new() { Name = "My calls today" })).ToContainTextAsync("XFER");
    }

    [Fact]
    public async Task Lead_search_finds_a_lead_by_name_and_calls_it()
    {
        var page = await Browser.NewPageAsync(Server);
        await page.LogInAgentAsync("1008");

        await page.GetByRole(AriaRole.Tab, new() { Name = "Lead search" }).ClickAsync();
        await page.Field("Phone, name or lead id").FillAsync("Wright");
        await page.Button("Search").ClickAsync();
        var results = page.GetByRole(AriaRole.Table, new() { Name = "Lead search results" });
        await Expect(results).ToContainTextAsync("Wright");
        await results.GetByRole(AriaRole.Button).First.ClickAsync();

        await Expect(page.AgentState()).ToHaveTextAsync("INCALL");
        await page.OpenLeadFormAsync();
        await Expect(page.Field("Last name")).ToHaveValueAsync("Wright");
    }

    [Fact]
    public async Task In_groups_change_from_the_screen_and_hotkeys_drive_ready_and_pause()
    {
        var page = await Browser.NewPageAsync(Server);
        await page.LogInAgentAsync("1009");

        await page.GetByRole(AriaRole.Tab, new() { Name = "In-groups" }).ClickAsync();
        await page.GetByLabel("SALESLINE", new() { Exact = false }).UncheckAsync();
        await page.Button("Save in-groups").ClickAsync();
        await Expect(page.GetByText("Taking calls from: SUPPORT")).ToBeVisibleAsync();

        await page.Locator("body").ClickAsync();
        await page.Keyboard.PressAsync("r");
        await Expect(page.AgentState()).ToHaveTextAsync("READY");
        await page.Keyboard.PressAsync("p");
        await Expect(page.AgentState()).ToHaveTextAsync("PAUSED");
    }
}
