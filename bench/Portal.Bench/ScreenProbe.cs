namespace Portal.Bench;

using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

/// <summary>
/// An agent's open desk page in real (Debian) Chromium, and the time from an API call to the change on that page.
/// Each sample runs inside the page: it watches the agent-state element with a MutationObserver, calls the API with
/// fetch, and reports when the element shows the new state, all on the page's own clock (no cross-process skew).
/// </summary>
internal sealed class ScreenProbe : IAsyncDisposable
{
    private const int SampleTimeoutMilliseconds = 5000;
    private const string AgentStateSelector = "[role=\"status\"][aria-label=\"Agent state\"]";

    private const string SampleScript = """
        async ([url, expected, timeoutMs]) => {
          const find = () => document.querySelector('[role="status"][aria-label="Agent state"]');
          const shows = () => { const el = find(); return el !== null && el.textContent.trim() === expected; };
          let observer;
          const changed = new Promise((resolve, reject) => {
            // The whole body is watched, so the change is seen even if Blazor replaces the element.
            observer = new MutationObserver(() => { if (shows()) { resolve(performance.now()); } });
            observer.observe(document.body, { subtree: true, childList: true, characterData: true });
            setTimeout(() => reject(new Error(`the agent state still shows "${find()?.textContent ?? '(none)'}" ${timeoutMs} ms after the call`)), timeoutMs);
          });
          const painted = changed.then(() => new Promise(resolve => requestAnimationFrame(() => resolve(performance.now()))));
          changed.catch(() => {});
          painted.catch(() => {});
          const start = performance.now();
          try {
            const response = await fetch(url, { cache: 'no-store' });
            const body = await response.text();
            const replied = performance.now();
            if (!response.ok || !body.startsWith('SUCCESS')) {
              throw new Error(`the API answered ${response.status}: ${body.trim()}`);
            }
            const shown = await changed;
            const frame = await painted;
            return [shown - start, replied - start, frame - start];
          } finally {
            observer.disconnect();
          }
        }
        """;

    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;
    private readonly IPage _page;

    private ScreenProbe(IPlaywright playwright, IBrowser browser, IPage page)
    {
        _playwright = playwright;
        _browser = browser;
        _page = page;
    }

    /// <summary>Launches Chromium, signs agent 1001 in and logs in to TESTCAMP; the page then shows PAUSED LOGIN.</summary>
    public static async Task<ScreenProbe> OpenAsync(string chromium, Uri baseAddress)
    {
        EnsureChromium(chromium);
        var playwright = await Playwright.CreateAsync();
        IBrowser? browser = null;
        try
        {
            browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = chromium,
                Headless = true,
                Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic", "--no-first-run"],
            });
            var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = baseAddress.ToString() });
            context.SetDefaultTimeout(20_000);
            var page = await context.NewPageAsync();
            await LogInAgentAsync(page);
            return new ScreenProbe(playwright, browser, page);
        }
        catch
        {
            if (browser is not null)
            {
                await browser.DisposeAsync();
            }

            playwright.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Opens <paramref name="more"/> further tabs on the agent's desk (each its own Blazor circuit, as an agent with the
    /// desk open in several tabs, or as many agents' desks), each once it shows the agent state.
    /// </summary>
    public async Task OpenMoreDesksAsync(int more)
    {
        for (var i = 0; i < more; i++)
        {
            var page = await _page.Context.NewPageAsync();
            await page.GotoAsync("agent");
            await Expect(page.GetByRole(AriaRole.Status, new() { Name = "Agent state" })).ToHaveTextAsync("PAUSED LOGIN");
        }
    }

    /// <summary>
    /// Opens up to <paramref name="count"/> further desk tabs, tab i on node i mod N (the sign-in cookie is valid on
    /// every node), and stops early when <paramref name="stopBecause"/> gives a reason or a tab does not show the agent
    /// state in time. Returns how many opened and why it stopped, if it did.
    /// </summary>
    public async Task<(int Opened, string? Stopped)> OpenDesksOnAsync(IReadOnlyList<Uri> nodes, int count, Func<string?> stopBecause)
    {
        for (var i = 0; i < count; i++)
        {
            if (stopBecause() is { } reason)
            {
                return (i, reason);
            }

            try
            {
                var page = await _page.Context.NewPageAsync();
                await page.GotoAsync(new Uri(nodes[i % nodes.Count], "agent").ToString());
                await Expect(page.GetByRole(AriaRole.Status, new() { Name = "Agent state" })).ToHaveTextAsync("PAUSED LOGIN");
            }
            catch (PlaywrightException ex)
            {
                return (i, $"desk {i + 1} did not open: {ex.Message.Split('\n')[0]}");
            }
        }

        return (count, null);
    }

    /// <summary>
    /// Closes every desk tab but the probe's own (their circuits end), so what is measured next is Portal, not a browser
    /// busy with hundreds of tabs.
    /// </summary>
    public async Task<int> CloseOtherDesksAsync()
    {
        var others = _page.Context.Pages.Where(p => p != _page).ToList();
        foreach (var page in others)
        {
            await page.CloseAsync();
        }

        return others.Count;
    }

    /// <summary>Fails early, with what to do, when the browser is not there (Playwright cannot download one here).</summary>
    public static void EnsureChromium(string chromium)
    {
        if (!File.Exists(chromium))
        {
            throw new BenchException(
                $"Chromium is missing at {chromium}. Install Debian's with: sudo apt-get install -y chromium, "
                + "or point PORTAL_CHROMIUM (or --chromium) at a Chromium/Chrome binary, or run with --screen-samples 0.");
        }
    }

    /// <summary>
    /// Takes up to <paramref name="samples"/> samples, one at a time with a short random gap, until
    /// <paramref name="stop"/> says so. Each alternates RESUME (to READY) and PAUSE (to PAUSED) for agent 1001. With
    /// <paramref name="apiNode"/>, the bench sends the call to that node (another cluster node; the page's CSP allows
    /// only its own origin) and the page reports when it showed the change (<see cref="RemoteScreenSample"/>).
    /// </summary>
    public async Task<ScreenResult> MeasureAsync(int samples, Func<bool> stop, CancellationToken cancellationToken, Uri? apiNode = null)
    {
        var shown = new List<double>();
        var replied = new List<double>();
        var painted = new List<double>();
        var failures = 0;
        string? firstFailure = null;
        for (var i = 0; i < samples && !stop() && !cancellationToken.IsCancellationRequested; i++)
        {
            // The next command follows what the page shows, so a failed sample cannot throw the alternation off.
            var ready = (await _page.Locator(AgentStateSelector).TextContentAsync())?.Trim() == "READY";
            var (value, expected) = ready ? ("PAUSE", "PAUSED") : ("RESUME", "READY");
            var path = $"/agc/api.php?source={DemoAccounts.ScreenSource}&user={DemoAccounts.ApiUser}&pass={DemoAccounts.ApiPassword}"
                + $"&agent_user={DemoAccounts.ScreenAgent}&function=external_pause&value={value}";
            try
            {
                var times = apiNode is null
                    ? await _page.EvaluateAsync<double[]>(SampleScript, new object[] { path, expected, SampleTimeoutMilliseconds })
                    : await RemoteScreenSample.TakeAsync(_page, new Uri(apiNode, path), expected, SampleTimeoutMilliseconds);
                shown.Add(times[0]);
                replied.Add(times[1]);
                painted.Add(times[2]);
            }
            catch (Exception ex) when (ex is PlaywrightException or HttpRequestException or TaskCanceledException or BenchException)
            {
                failures++;
                firstFailure ??= ex.Message.Split('\n')[0];
            }

            await Task.Delay(Random.Shared.Next(10, 30), CancellationToken.None);
        }

        return new ScreenResult(LatencyStats.From(shown), LatencyStats.From(replied), LatencyStats.From(painted), failures, firstFailure);
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }

    private static async Task LogInAgentAsync(IPage page)
    {
        await page.GotoAsync("account/login");
        await page.GetByLabel("Username", new() { Exact = true }).FillAsync(DemoAccounts.ScreenAgent);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(DemoAccounts.AgentPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal));
        await page.GotoAsync("agent");
        await page.GetByLabel("Campaign", new() { Exact = true }).SelectOptionAsync(DemoAccounts.Campaign);
        await page.GetByLabel("Phone login", new() { Exact = true }).FillAsync(DemoAccounts.ScreenAgent);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log in" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status, new() { Name = "Agent state" })).ToHaveTextAsync("PAUSED LOGIN");
    }
}
