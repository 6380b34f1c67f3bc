namespace Portal.EndToEndTests;

using Microsoft.Playwright;

/// <summary>Debian's Chromium driven by Playwright (Playwright's own browser download does not work on these machines).</summary>
public sealed class Browser : IAsyncDisposable
{
    private IPlaywright? _playwright;

    public IBrowser Chromium { get; private set; } = default!;

    /// <summary>How long an expectation waits for the page. Playwright's 5 s is short on 2 cores running two test classes
    /// side by side, each with its server and Chromium (CI once saw a wallboard take longer to open its control drawer).</summary>
    public const float ExpectTimeout = 15_000;

    public static async Task<Browser> LaunchAsync()
    {
        Assertions.SetDefaultExpectTimeout(ExpectTimeout);
        var browser = new Browser { _playwright = await Playwright.CreateAsync() };
        browser.Chromium = await browser._playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("PORTAL_CHROMIUM") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic", "--no-first-run"],
        });
        return browser;
    }

    /// <summary>A fresh browser profile (its own cookies) at the portal's address.</summary>
    public Task<IPage> NewPageAsync(PortalServer server) => NewPageAsync(server.BaseAddress);

    /// <summary>A fresh browser profile (its own cookies) at <paramref name="baseAddress"/>, e.g. one node of a cluster.</summary>
    public async Task<IPage> NewPageAsync(Uri baseAddress)
    {
        ArgumentNullException.ThrowIfNull(baseAddress);
        var context = await Chromium.NewContextAsync(new BrowserNewContextOptions { BaseURL = baseAddress.ToString() });
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (Chromium is not null)
        {
            await Chromium.DisposeAsync();
        }

        _playwright?.Dispose();
    }
}
