namespace Portal.EndToEndTests;

using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

/// <summary>A shift's inbound call, end to end: arrives, pops the lead, transfer-conf, park, record, DTMF, callback.</summary>
public sealed class InboundCallTests : BrowserTest
{
    protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
    {
        ["Telephony:Simulator:InboundCallsPerMinute"] = "20",
        ["Telephony:Simulator:CallerPatienceSeconds"] = "20",
        ["Telephony:Simulator:ConferenceAnswerOdds"] = "1",
    };

    [Fact]
    public async Task Inbound_call_is_handled_transferred_and_dispositioned_as_a_callback_for_tomorrow()
    {
        var page = await Browser.NewPageAsync(Server);
        await page.LogInAgentAsync("1001");
        await page.GoReadyAsync();

        // The call arrives: the lead panel fills with the caller's lead.
        await Expect(page.AgentState()).ToHaveTextAsync("INCALL", new() { Timeout = 30_000 });
        await Expect(page.GetByRole(AriaRole.Heading, new() { NameRegex = new("^Call with") })).ToBeVisibleAsync();
        await page.OpenLeadFormAsync();
        await Expect(page.Field("Phone number")).Not.ToHaveValueAsync("");
        var phone = await page.Field("Phone number").InputValueAsync();

        // Edit and save the lead.
        await page.Field("Comments").FillAsync("Prefers afternoon calls");
        await page.Button("Save lead").ClickAsync();
        await Expect(page.GetByText("Lead saved.")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Close", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Dialog)).ToHaveCountAsync(0);
        await Expect(page.GetByText("Prefers afternoon calls")).ToBeVisibleAsync();

        // Transfer – Conf: a 3-way call with a third party, then hang up that line.
        await page.OpenTransferAsync();
        await page.Field("Transfer number").FillAsync("3125559000");
        await page.Button("Dial with customer").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status, new() { Name = "Transfer line" })).ToContainTextAsync("3-way with customer");
        await page.Button("Hang up transfer line").ClickAsync();
        await Expect(page.Field("Transfer number")).ToBeVisibleAsync();

        // Park and grab, record, DTMF.
        await page.Button("Park customer").ClickAsync();
        await Expect(page.GetByText("Customer parked")).ToBeVisibleAsync();
        await page.Button("Grab customer").ClickAsync();
        await page.Button("Start recording").ClickAsync();
        await Expect(page.GetByLabel("Recording", new() { Exact = true })).ToContainTextAsync("REC");
        await page.Button("Stop recording").ClickAsync();
        await page.Button("Keypad").ClickAsync();
        await page.Button("DTMF 5").ClickAsync();
        await Expect(page.GetByText("Sent: 5")).ToBeVisibleAsync();

        // Hang up; disposition CALLBK with a USERONLY callback for tomorrow, and pause afterwards.
        await page.Button("Hang up [H]").ClickAsync();
        await Expect(page.AgentState()).ToHaveTextAsync("DISPO");
        await page.GetByRole(AriaRole.Radio, new() { NameRegex = new("^CALLBK ") }).ClickAsync();
        var tomorrow = DateTime.Now.Date.AddDays(1).AddHours(15);
        await page.Field("Callback date").FillAsync(tomorrow.ToString("yyyy-MM-dd"));
        await page.Field("Callback time").FillAsync(tomorrow.ToString("HH:mm"));
        await page.Field("My callback only (USERONLY)").CheckAsync();
        await page.Field("Callback comments (0/200)").FillAsync("Call back about the premium plan");
        await page.Field("Pause after disposition").CheckAsync();
        await page.Button("Save disposition [Enter]").ClickAsync();

        await Expect(page.AgentState()).ToHaveTextAsync("PAUSED");
        var callbacks = page.GetByRole(AriaRole.Table, new() { Name = "Callbacks" });
        await Expect(callbacks).ToContainTextAsync(phone);
        await Expect(callbacks).ToContainTextAsync("USERONLY");
        await Expect(callbacks).ToContainTextAsync(tomorrow.ToString("yyyy-MM-dd HH:mm"));
        await Expect(page.GetByLabel("Calls today", new() { Exact = true })).ToHaveTextAsync("1");

        // Later: dial the callback from the list; it is done and leaves the list.
        await callbacks.GetByRole(AriaRole.Button, new() { NameRegex = new("^Dial callback for") }).ClickAsync();
        await Expect(page.AgentState()).Not.ToHaveTextAsync("PAUSED");
        await Expect(page.GetByText("No callbacks scheduled.")).ToBeVisibleAsync();
    }
}
