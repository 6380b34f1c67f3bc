namespace Portal.EndToEndTests;

using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

/// <summary>What people do on the portal's pages, found by their accessible labels.</summary>
public static class PortalPages
{
    public const string AgentPassword = "Agent-demo-1";

    public static async Task SignInAsync(this IPage page, string user, string password)
    {
        await page.GotoAsync("account/login");
        await page.GetByLabel("Username", new() { Exact = true }).FillAsync(user);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal));
    }

    public static ILocator AgentState(this IPage page) => page.GetByRole(AriaRole.Status, new() { Name = "Agent state" });

    /// <summary>Signs an agent in, logs in to the campaign on a phone, and waits for PAUSED LOGIN.</summary>
    public static async Task LogInAgentAsync(this IPage page, string agent, string campaign = "TESTCAMP")
    {
        await page.SignInAsync(agent, AgentPassword);
        await page.GotoAsync("agent");
        await page.GetByLabel("Campaign", new() { Exact = true }).SelectOptionAsync(campaign);
        // The chosen campaign's in-groups appear above the phone field and push the Log in button down: a click made
        // before they arrive can land where the button was (seen in CI: the form stayed, nothing submitted). The demo
        // campaigns agents log in to here all have in-groups.
        await Expect(page.GetByRole(AriaRole.Group, new() { Name = "Take calls from these in-groups" })).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await page.GetByLabel("Phone login", new() { Exact = true }).FillAsync(agent);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log in" }).ClickAsync();
        // A login writes the session and opens the desk's feeds: on a CI machine running the integration tests beside
        // this suite it has been seen to take over the default 5 s.
        await Expect(page.AgentState()).ToHaveTextAsync("PAUSED LOGIN", new() { Timeout = 15_000 });
    }

    public static ILocator Button(this IPage page, string name) => page.GetByRole(AriaRole.Button, new() { Name = name, Exact = true });

    public static ILocator Field(this IPage page, string label) => page.GetByLabel(label, new() { Exact = true });

    /// <summary>
    /// Picks an option of a MudBlazor select: opens it by its label, clicks the option and waits until the select shows
    /// it. The list is placed by script after it opens, so a click as it moves can land on the neighbouring option
    /// (seen in CI: "no pause code" instead of BREAK); such a pick is made again.
    /// </summary>
    public static async Task ChooseAsync(this IPage page, string label, string option)
    {
        var field = page.GetByLabel(label, new() { Exact = true });
        for (var attempt = 1; ; attempt++)
        {
            await field.ClickAsync();
            await page.GetByRole(AriaRole.Option, new() { Name = option, Exact = true }).ClickAsync();
            try
            {
                // A select's label names its input, or, for some, the element that shows the chosen text.
                if (await field.EvaluateAsync<bool>("e => e instanceof HTMLInputElement"))
                {
                    await Expect(field).ToHaveValueAsync(option, new() { Timeout = 3_000 });
                }
                else
                {
                    await Expect(field).ToHaveTextAsync(option, new() { Timeout = 3_000 });
                }

                return;
            }
            catch (PlaywrightException) when (attempt < 3)
            {
            }
        }
    }

    /// <summary>Clicks Pause and waits for PAUSED. (Not PauseAsync: IPage's own PauseAsync, Playwright's debugger pause, would win.)</summary>
    public static async Task PauseAgentAsync(this IPage page)
    {
        await page.Button("Pause [P]").ClickAsync();
        await Expect(page.AgentState()).ToHaveTextAsync("PAUSED");
    }

    /// <summary>Chooses a status on the disposition screen and saves it.</summary>
    public static async Task DispositionAsync(this IPage page, string status, bool pauseAfter = false)
    {
        await page.GetByRole(AriaRole.Radio, new() { NameRegex = new System.Text.RegularExpressions.Regex($"^{status} ") }).ClickAsync();
        if (pauseAfter)
        {
            await page.Field("Pause after disposition").CheckAsync();
        }

        await page.Button("Save disposition [Enter]").ClickAsync();
        if (status == "DNC")
        {
            await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Yes, do not call" }).ClickAsync();
        }
    }

    /// <summary>Opens the full lead form (every field) from the customer card.</summary>
    public static async Task OpenLeadFormAsync(this IPage page)
    {
        await page.Button("Edit lead").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Dialog)).ToBeVisibleAsync();
    }

    public static async Task CloseLeadFormAsync(this IPage page)
    {
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Close", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Dialog)).ToHaveCountAsync(0);
    }

    /// <summary>Opens VICIdial's Transfer – Conf controls on the call panel.</summary>
    public static Task OpenTransferAsync(this IPage page) => page.Button("Transfer – Conf").ClickAsync();

    public static async Task GoReadyAsync(this IPage page)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Ready [R]", Exact = true }).ClickAsync();
        await Expect(page.AgentState()).ToHaveTextAsync("READY");
    }

    /// <summary>Signs the supervisor in and opens the wallboard (its first render can be slow while a machine is busy).</summary>
    public static async Task OpenWallboardAsync(this IPage page)
    {
        await page.SignInAsync("super", "Super-demo-1");
        await page.GotoAsync("supervisor");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Wallboard" })).ToBeVisibleAsync(new() { Timeout = 30_000 });
    }

    /// <summary>The agent's line in the wallboard's live agents grid.</summary>
    public static ILocator WallboardRow(this IPage wallboard, string agent) =>
        wallboard.GetByRole(AriaRole.Table, new() { Name = "Live agents" }).GetByRole(AriaRole.Row)
            .Filter(new() { Has = wallboard.Locator($"[data-agent='{agent}']") });

    /// <summary>The state cell of the agent's wallboard line (READY, PAUSED LUNCH, INCALL ...).</summary>
    public static ILocator WallboardState(this IPage wallboard, string agent) =>
        wallboard.WallboardRow(agent).Locator("td[data-label='State']");
}
