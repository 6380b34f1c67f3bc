namespace Portal.EndToEndTests;

using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

/// <summary>
/// The supervisor's and admin's screens have no critical or serious accessibility violations (axe-core): the wallboard
/// with the control drawer open, every report and every admin page. With <c>PORTAL_SCREENSHOTS</c> set to a folder,
/// each checked screen is also saved there at the viewport sizes the issue names.
/// </summary>
public sealed class ScreensAccessibilityTests : BrowserTest
{
    private static readonly string? ShotsFolder = Environment.GetEnvironmentVariable("PORTAL_SCREENSHOTS");

    private static readonly (string Path, string Heading)[] AdminPages =
    [
        ("admin", "Administration"),
        ("admin/users", "Users"),
        ("admin/users/new", "New user"),
        ("admin/users/1001", "User 1001"),
        ("admin/user-groups", "User groups"),
        ("admin/user-groups/AGENTS", "User group AGENTS"),
        ("admin/campaigns", "Campaigns"),
        ("admin/campaigns/TESTCAMP", "Campaign TESTCAMP"),
        ("admin/in-groups", "In-groups"),
        ("admin/statuses", "Statuses"),
        ("admin/pause-codes", "Pause codes"),
        ("admin/lists", "Lists"),
        ("admin/leads", "Leads"),
        ("admin/leads/import", "Import leads"),
        ("admin/dnc", "Do-not-call numbers"),
        ("admin/tokens", "ContactNow tokens"),
        ("admin/api-keys", "API keys"),
        ("admin/webhooks", "Webhooks"),
    ];

    private static readonly (string Path, string Heading)[] ReportPages =
    [
        ("reports", "Reports"),
        ("reports/audit", "API audit log"),
        ("reports/agent-time", "Agent time"),
        ("reports/callbacks", "Callbacks"),
    ];

    [Fact]
    public async Task Wallboard_with_the_control_drawer_open_has_no_serious_violations()
    {
        var agent = await Browser.NewPageAsync(Server);
        await agent.LogInAgentAsync("1001");
        var wallboard = await Browser.NewPageAsync(Server);
        await wallboard.SignInAsync("super", "Super-demo-1");
        await wallboard.GotoAsync("supervisor");
        await Expect(wallboard.GetByRole(AriaRole.Heading, new() { Name = "Wallboard", Exact = true })).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await wallboard.AssertNoSeriousViolationsAsync("the wallboard");
        await ShootAsync(wallboard, "wallboard", 1920, 1080);

        await wallboard.SetViewportSizeAsync(1600, 900);
        var room = await wallboard.EvaluateAsync<double[]>(
            "() => [document.querySelector('.agent-grid .mud-table-container').clientHeight, document.querySelector('.agent-grid thead').offsetHeight, document.querySelector('.agent-grid tbody tr').offsetHeight]");
        Assert.True((room[0] - room[1]) / room[2] >= 25, $"On a 900-px-high screen the grid shows {(room[0] - room[1]) / room[2]:0.0} lines (grid {room[0]} px, header {room[1]} px, line {room[2]} px).");
        await wallboard.SetViewportSizeAsync(1366, 768);

        await wallboard.Button("Control 1001").ClickAsync();
        await Expect(wallboard.GetByRole(AriaRole.Heading, new() { Name = "Listen, barge, whisper" })).ToBeVisibleAsync();

        await wallboard.AssertNoSeriousViolationsAsync("the wallboard with the control drawer open");
        await ShootAsync(wallboard, "wallboard-drawer", 1920, 1080);
    }

    [Fact]
    public async Task Every_report_has_no_serious_violations()
    {
        var page = await Browser.NewPageAsync(Server);
        await page.SignInAsync("super", "Super-demo-1");

        foreach (var (path, heading) in ReportPages)
        {
            await OpenAsync(page, path, heading);
            await page.AssertNoSeriousViolationsAsync(path);
            await ShootAsync(page, path.Replace('/', '-'));
        }
    }

    [Fact]
    public async Task Every_admin_page_has_no_serious_violations()
    {
        var page = await Browser.NewPageAsync(Server);
        await page.SignInAsync("admin", "Admin-demo-1");

        foreach (var (path, heading) in AdminPages)
        {
            await OpenAsync(page, path, heading);
            await page.AssertNoSeriousViolationsAsync(path);
            await ShootAsync(page, path.Replace('/', '-'));
        }
    }

    [Fact]
    public async Task Report_tables_and_filters_are_reachable_by_keyboard()
    {
        var page = await Browser.NewPageAsync(Server);
        await page.SignInAsync("super", "Super-demo-1");
        await OpenAsync(page, "reports/agent-time", "Agent time");

        await page.Field("Day").FocusAsync();
        for (var tabs = 0; tabs < 8 && await page.EvaluateAsync<string?>("() => document.activeElement?.getAttribute('type')") != "submit"; tabs++)
        {
            await page.Keyboard.PressAsync("Tab");
        }

        await Expect(page.Locator(":focus")).ToHaveAttributeAsync("type", "submit");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Download CSV" })).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("reports/agent-time\\.csv\\?day="));
    }

    private static async Task OpenAsync(IPage page, string path, string heading)
    {
        await page.GotoAsync(path);
        // Pages are not prerendered: the heading appears once the circuit is up, which a loaded CI machine may take a while for.
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = heading, Exact = true, Level = 1 })).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Expect(page.Locator(".mud-progress-linear")).ToHaveCountAsync(0, new() { Timeout = 30_000 });
    }

    /// <summary>Saves the screen at 1366×768 and 1024×768 (and any extra size) when PORTAL_SCREENSHOTS names a folder, then
    /// returns to 1366×768.</summary>
    private static async Task ShootAsync(IPage page, string name, int? width = null, int? height = null)
    {
        if (string.IsNullOrEmpty(ShotsFolder))
        {
            return;
        }

        Directory.CreateDirectory(ShotsFolder);
        var sizes = new List<(int, int)> { (1920, 1080), (1366, 768), (1024, 768) };
        if (width is { } extraWidth && height is { } extraHeight)
        {
            sizes.Add((extraWidth, extraHeight));
        }

        foreach (var (w, h) in sizes)
        {
            await page.SetViewportSizeAsync(w, h);
            await page.ScreenshotAsync(new() { Path = Path.Combine(ShotsFolder, $"{name}-{w}x{h}.png") });
        }

        await page.SetViewportSizeAsync(1366, 768);
    }
}
