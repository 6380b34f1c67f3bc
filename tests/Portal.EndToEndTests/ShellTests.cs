namespace Portal.EndToEndTests;

using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

/// <summary>The frame around every screen: sign-in, theme and language per user, and a sign-out that strands nobody.</summary>
public sealed class ShellTests : BrowserTest
{
    [Fact]
    public async Task Sign_in_page_has_no_serious_accessibility_violations_at_desk_sizes()
    {
        var page = await Browser.NewPageAsync(Server);
        foreach (var (width, height) in DeskSizes.All)
        {
            await page.SetViewportSizeAsync(width, height);
            await page.GotoAsync("account/login");
            await Expect(page).ToHaveTitleAsync("Sign in · Portal");
            await page.AssertNoSeriousViolationsAsync($"the sign-in page at {width}×{height}");
        }
    }

    [Fact]
    public async Task Dark_theme_is_remembered_for_the_user_in_a_new_browser()
    {
        var page = await Browser.NewPageAsync(Server);
        await page.SignInAsync("1005", PortalPages.AgentPassword);
        await page.Button("Dark theme").ClickAsync();
        await Expect(page.Button("Light theme")).ToBeVisibleAsync();

        var elsewhere = await Browser.NewPageAsync(Server);
        await elsewhere.SignInAsync("1005", PortalPages.AgentPassword);

        await Expect(elsewhere.Button("Light theme")).ToBeVisibleAsync();
        Assert.Equal("rgb(27, 31, 36)", await elsewhere.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor"));
    }

    [Fact]
    public async Task Language_chosen_in_the_app_bar_follows_the_user_to_a_new_browser()
    {
        var page = await Browser.NewPageAsync(Server);
        await page.SignInAsync("1006", PortalPages.AgentPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Language" }).ClickAsync();
        await page.GetByRole(AriaRole.Menuitem, new() { Name = "Español" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Escritorio del agente" })).ToBeVisibleAsync();

        var elsewhere = await Browser.NewPageAsync(Server);
        await elsewhere.SignInAsync("1006", PortalPages.AgentPassword);

        await Expect(elsewhere.GetByRole(AriaRole.Button, new() { Name = "Cerrar sesión" })).ToBeVisibleAsync();
        await Expect(elsewhere.Locator("html")).ToHaveAttributeAsync("lang", "es");
    }

    [Fact]
    public async Task Signing_out_while_ready_asks_then_leaves_the_agent_logged_out_of_the_campaign()
    {
        var page = await Browser.NewPageAsync(Server);
        await page.LogInAgentAsync("1007");
        await page.GoReadyAsync();

        await page.Button("Sign out").ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await Expect(dialog).ToContainTextAsync("TESTCAMP");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();

        await page.WaitForURLAsync("**/account/login");
        var reply = await AgentApi.CallAsync(Server, "agent_user=1007&function=external_pause&value=PAUSE");
        Assert.Equal("ERROR: agent_user is not logged in - 1007\n", reply);
    }

    [Fact]
    public async Task Staying_signed_in_keeps_the_agent_ready()
    {
        var page = await Browser.NewPageAsync(Server);
        await page.LogInAgentAsync("1008");
        await page.GoReadyAsync();

        await page.Button("Sign out").ClickAsync();
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Stay signed in" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Dialog)).ToHaveCountAsync(0);
        await Expect(page.AgentState()).ToHaveTextAsync("READY");
    }
}
