namespace Portal.EndToEndTests;

using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

/// <summary>Each family of the VICIdial Agent API, called over HTTP, changes the open agent page at once.</summary>
public sealed class ApiLiveTests : BrowserTest
{
    private const string AnsweringNumber = "3125550102";

    protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
    {
        [$"Telephony:Simulator:FixedOutcomes:{AnsweringNumber}"] = "Answer",
        ["Telephony:Simulator:ConferenceAnswerOdds"] = "1",
    };

    [Fact]
    public async Task External_status_then_external_hangup_dispositions_the_call_on_screen()
    {
        var page = await OnCallAsync("1011");

        var status = await AgentApi.CallAsync(Server, "agent_user=1011&function=external_status&value=SALE");
        var hangup = await AgentApi.CallAsync(Server, "agent_user=1011&function=external_hangup&value=1");

        Assert.Equal("SUCCESS: external_status function set - SALE|1011\n", status);
        Assert.Equal("SUCCESS: external_hangup function set - 1|1011\n", hangup);
        await Expect(page.AgentState()).ToHaveTextAsync("PAUSED");
        await page.GetByRole(AriaRole.Tab, new() { Name = "My calls" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Table, new() { Name = "My calls today" })).ToContainTextAsync("SALE");
    }

    [Fact]
    public async Task External_dial_places_the_call_on_the_agents_screen()
    {
        var page = await Browser.NewPageAsync(Server);
        await page.LogInAgentAsync("1012");

        var reply = await AgentApi.CallAsync(Server, $"agent_user=1012&function=external_dial&value={AnsweringNumber}&phone_code=1&search=YES&preview=NO&focus=NO");

        Assert.StartsWith($"SUCCESS: external_dial function set - {AnsweringNumber}|1012|1|YES|NO|NO|", reply);
        await Expect(page.AgentState()).ToHaveTextAsync("INCALL");
        await page.OpenLeadFormAsync();
        await Expect(page.Field("Phone number")).ToHaveValueAsync(AnsweringNumber);
    }

    [Fact]
    public async Task Transfer_conference_dials_a_third_party_and_hangs_up_the_line_on_screen()
    {
        var page = await OnCallAsync("1013");

        var dial = await AgentApi.CallAsync(Server, "agent_user=1013&function=transfer_conference&value=DIAL_WITH_CUSTOMER&phone_number=3125559000");
        Assert.StartsWith("SUCCESS: transfer_conference function set - DIAL_WITH_CUSTOMER||3125559000|NO|1013|", dial);
        await Expect(page.GetByRole(AriaRole.Status, new() { Name = "Transfer line" })).ToContainTextAsync("3-way with customer");

        await AgentApi.CallAsync(Server, "agent_user=1013&function=transfer_conference&value=HANGUP_XFER");
        await Expect(page.Field("Transfer number")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Update_fields_changes_the_lead_on_the_open_screen()
    {
        var page = await OnCallAsync("1014");

        var reply = await AgentApi.CallAsync(Server, "agent_user=1014&function=update_fields&first_name=Zelda&city=Springfield");

        Assert.StartsWith("SUCCESS: update_fields lead updated - api|1014|", reply);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Zelda", Exact = true })).ToBeVisibleAsync();
        await page.OpenLeadFormAsync();
        await Expect(page.Field("First name")).ToHaveValueAsync("Zelda");
        await Expect(page.Field("City")).ToHaveValueAsync("Springfield");
    }

    [Fact]
    public async Task Send_notification_with_confetti_shows_on_the_agents_page()
    {
        var page = await Browser.NewPageAsync(Server);
        await page.LogInAgentAsync("1015");

        var reply = await AgentApi.CallAsync(Server, "function=send_notification&recipient=1015&recipient_type=USER&notification_text=Great+job+today&text_color=2E7D32&show_confetti=Y&duration=2");

        Assert.StartsWith("SUCCESS: notification queued - 1015|USER|", reply);
        await Expect(page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "Great job today" })).ToBeVisibleAsync();
        await Expect(page.Locator("canvas.portal-confetti")).ToHaveCountAsync(1);

        // The notification outlives a reload of the desk; closed, it stays closed after the next one.
        await page.ReloadAsync();
        var notice = page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "Great job today" });
        await Expect(notice).ToBeVisibleAsync();
        await notice.GetByRole(AriaRole.Button).ClickAsync();
        await Expect(notice).ToHaveCountAsync(0);
        await page.ReloadAsync();
        await Expect(page.AgentState()).ToHaveTextAsync("PAUSED LOGIN");
        await Expect(notice).ToHaveCountAsync(0);
    }

    /// <summary>An agent logged in and on an answered manual call.</summary>
    private async Task<IPage> OnCallAsync(string agent)
    {
        var page = await Browser.NewPageAsync(Server);
        await page.LogInAgentAsync(agent);
        await page.Field("Number to dial").FillAsync(AnsweringNumber);
        await page.Button("Dial").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { NameRegex = new("^Call with") })).ToBeVisibleAsync();
        return page;
    }
}
