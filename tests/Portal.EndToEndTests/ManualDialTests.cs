namespace Portal.EndToEndTests;

using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

/// <summary>Manual dials: busy, answered, and a number on the do-not-call list.</summary>
public sealed class ManualDialTests : BrowserTest
{
    private const string BusyNumber = "3125550100";
    private const string AnsweringNumber = "3125550102";

    protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
    {
        [$"Telephony:Simulator:FixedOutcomes:{BusyNumber}"] = "Busy",
        [$"Telephony:Simulator:FixedOutcomes:{AnsweringNumber}"] = "Answer",
    };

    [Fact]
    public async Task Busy_dial_goes_to_disposition_with_busy_suggested()
    {
        var page = await Browser.NewPageAsync(Server);
        await page.LogInAgentAsync("1005");

        await page.Field("Number to dial").FillAsync(BusyNumber);
        await page.Button("Dial").ClickAsync();

        await Expect(page.AgentState()).ToHaveTextAsync("DISPO");
        await Expect(page.GetByText("Call ended: busy")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Radio, new() { NameRegex = new("^B ") })).ToHaveAttributeAsync("aria-checked", "true");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.AgentState()).ToHaveTextAsync("PAUSED");
    }

    [Fact]
    public async Task Answered_dial_connects_and_a_DNC_disposition_blocks_the_next_dial()
    {
        var page = await Browser.NewPageAsync(Server);
        await page.LogInAgentAsync("1006");

        await page.Field("Number to dial").FillAsync(AnsweringNumber);
        await page.Button("Dial").ClickAsync();
        await Expect(page.AgentState()).ToHaveTextAsync("INCALL");
        await Expect(page.GetByRole(AriaRole.Heading, new() { NameRegex = new("^Call with") })).ToBeVisibleAsync();
        await page.OpenLeadFormAsync();
        await Expect(page.Field("Phone number")).ToHaveValueAsync(AnsweringNumber);
        await page.CloseLeadFormAsync();
        await page.Keyboard.PressAsync("h");
        await page.DispositionAsync("DNC");
        await Expect(page.AgentState()).ToHaveTextAsync("PAUSED");

        await page.Field("Number to dial").FillAsync(AnsweringNumber);
        await page.Button("Dial").ClickAsync();

        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("do-not-call list");
        await Expect(page.AgentState()).ToHaveTextAsync("PAUSED");
    }
}
