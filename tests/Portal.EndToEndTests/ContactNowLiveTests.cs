namespace Portal.EndToEndTests;

using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

/// <summary>A ContactNow token drives agent 1001 through /agent.php; the agent's open page follows every step, without reload.</summary>
public sealed class ContactNowLiveTests : BrowserTest
{
    private const string AnsweringNumber = "3125550102";

    private static readonly HttpClient Http = new();

    protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
    {
        [$"Telephony:Simulator:FixedOutcomes:{AnsweringNumber}"] = "Answer",
    };

    [Fact]
    public async Task A_token_drives_the_agent_and_the_open_page_shows_each_change()
    {
        var page = await Browser.NewPageAsync(Server);
        await page.SignInAsync("1001", PortalPages.AgentPassword);
        await page.GotoAsync("agent");
        await Expect(page.Field("Phone login")).ToBeVisibleAsync();
        var navigations = 0;
        page.FrameNavigated += (_, frame) => navigations += frame == page.MainFrame ? 1 : 0;
        var token = await TokenAsync();

        await AgentAsync(token, "agent_dial", "data=1001&campaign=TESTCAMP");
        await Expect(page.AgentState()).ToHaveTextAsync("PAUSED LOGIN");

        await AgentAsync(token, "ready");
        await Expect(page.AgentState()).ToHaveTextAsync("READY");

        var wrap = await AgentAsync(token, "wrap", "data=BREAK&format=xml");
        Assert.Equal("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<result>\n    <success>1</success>\n    <account_id>1</account_id>\n    <total>1</total>\n</result>\n", wrap);
        await Expect(page.AgentState()).ToHaveTextAsync("PAUSED BREAK");

        await AgentAsync(token, "manual_dial", $"data={AnsweringNumber}&qid=TESTCAMP");
        await Expect(page.AgentState()).ToHaveTextAsync("INCALL");
        var recording = page.GetByLabel("Recording", new() { Exact = true });
        await Expect(page.Button("Start recording")).ToBeVisibleAsync();

        await AgentAsync(token, "unpause");
        await Expect(recording).ToBeVisibleAsync();
        await AgentAsync(token, "pause", "format=xml");
        await Expect(recording).ToHaveCountAsync(0);

        await AgentAsync(token, "hangup", "data=SALE");
        await Expect(page.AgentState()).ToHaveTextAsync("DISPO");
        await Expect(page.GetByRole(AriaRole.Radio, new() { NameRegex = new("^SALE ") })).ToHaveAttributeAsync("aria-checked", "true");

        await AgentAsync(token, "hangupready", "data=SALE");
        await Expect(page.AgentState()).ToHaveTextAsync("READY");

        await AgentAsync(token, "logout");
        await Expect(page.Field("Phone login")).ToBeVisibleAsync();
        Assert.Equal(0, navigations);
    }

    [Fact]
    public async Task An_admin_revokes_a_token_on_the_tokens_page_and_it_is_refused_at_once()
    {
        var token = await TokenAsync();
        var page = await Browser.NewPageAsync(Server);
        await page.SignInAsync("admin", "Admin-demo-1");

        await page.GetByRole(AriaRole.Link, new() { Name = "Admin", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "ContactNow tokens" }).ClickAsync();
        var table = page.GetByRole(AriaRole.Table, new() { Name = "Active ContactNow tokens" });
        await Expect(table).ToContainTextAsync("127.0.0.1");
        await Expect(table.Locator("td[data-label='User']")).ToHaveTextAsync("api");
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new(@"^Revoke token \d+ of api$") }).ClickAsync();
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Yes, revoke" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Revoked token" })).ToBeVisibleAsync();
        await Expect(page.GetByText("No active tokens.")).ToBeVisibleAsync();
        var validate = await Http.GetStringAsync(new Uri(Server.BaseAddress, $"token.php?action=validate&token={token}"));
        Assert.StartsWith("{\"success\":false", validate, StringComparison.Ordinal);
        Assert.Contains("Invalid token", validate, StringComparison.Ordinal);
    }

    private async Task<string> TokenAsync()
    {
        var body = await Http.GetStringAsync(new Uri(Server.BaseAddress, "token.php?action=get&username=api&password=Api-demo-1"));
        using var json = JsonDocument.Parse(body);
        Assert.True(json.RootElement.GetProperty("success").GetBoolean(), body);
        return json.RootElement.GetProperty("token").GetString()!;
    }

    /// <summary>Calls the action for agent 1001 and asserts it succeeded (JSON, or XML when asked); returns the body.</summary>
    private async Task<string> AgentAsync(string token, string action, string more = "")
    {
        var body = await Http.GetStringAsync(new Uri(Server.BaseAddress, $"agent.php?token={token}&action={action}&agentid=1001&{more}"));
        var succeeded = more.Contains("format=xml", StringComparison.Ordinal)
            ? body.Contains("<success>1</success>", StringComparison.Ordinal)
            : body.StartsWith("{\"success\":true", StringComparison.Ordinal);
        Assert.True(succeeded, $"{action}: {body}");
        return body;
    }
}
