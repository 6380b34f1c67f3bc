namespace Portal.EndToEndTests;

using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

/// <summary>The agent desk as an agent sees it at 1366×768 and on a 1024×768 tablet, in every state of a call.</summary>
public sealed class DeskTests : BrowserTest
{
    private const string AnsweringNumber = "3125550102";
    private static readonly string Shots = Environment.GetEnvironmentVariable("PORTAL_DESK_SHOTS") ?? "/tmp/shots-desk";

    protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
    {
        [$"Telephony:Simulator:FixedOutcomes:{AnsweringNumber}"] = "Answer",
    };

    [Fact]
    public async Task Desk_has_no_serious_accessibility_violations_and_keeps_the_call_on_screen_at_both_sizes()
    {
        var agents = new[] { "1011", "1012" };
        for (var i = 0; i < DeskSizes.All.Length; i++)
        {
            var (width, height) = DeskSizes.All[i];
            var page = await Browser.NewPageAsync(Server);
            await page.SetViewportSizeAsync(width, height);
            var size = $"{width}x{height}";

            await page.LogInAgentAsync(agents[i]);
            await page.AssertNoSeriousViolationsAsync($"the desk PAUSED at {size}");
            await page.GoReadyAsync();
            await page.AssertNoSeriousViolationsAsync($"the desk READY at {size}");
            await AgentApi.CallAsync(Server, $"agent_user={agents[i]}&function=external_pause&value=PAUSE");
            await Expect(page.AgentState()).ToHaveTextAsync("PAUSED");
            await ShootAsync(page, $"paused-{size}");

            await page.Field("Number to dial").FillAsync(AnsweringNumber);
            await page.Button("Dial").ClickAsync();
            await Expect(page.AgentState()).ToHaveTextAsync("INCALL");
            await Expect(page.GetByRole(AriaRole.Heading, new() { NameRegex = new("^Call with") })).ToBeVisibleAsync();
            await page.AssertNoSeriousViolationsAsync($"the desk INCALL at {size}");
            foreach (var what in new[] { page.AgentState(), page.GetByLabel("Call time").First, page.GetByRole(AriaRole.Heading, new() { Name = "Script" }),
                         page.GetByRole(AriaRole.Link, new() { Name = "Open web form" }), page.Button("Hang up [H]"), page.Button("Transfer – Conf"), page.Button("Edit lead"),
                         page.GetByText("Times called") })
            {
                await Expect(what).ToBeInViewportAsync(new() { Ratio = 1 });
            }

            await ShootAsync(page, $"incall-{size}");
            await page.Button("Hang up [H]").ClickAsync();
            await Expect(page.AgentState()).ToHaveTextAsync("DISPO");
            await page.AssertNoSeriousViolationsAsync($"the desk DISPO at {size}");
            await ShootAsync(page, $"dispo-{size}");
        }
    }

    [Fact]
    public async Task A_disposition_key_only_selects_until_the_agent_confirms()
    {
        var page = await OnCallAsync("1013");
        await page.Keyboard.PressAsync("h");
        await Expect(page.AgentState()).ToHaveTextAsync("DISPO");

        await page.Keyboard.PressAsync("1");

        var first = page.GetByRole(AriaRole.Radio).First;
        await Expect(first).ToHaveAttributeAsync("aria-checked", "true");
        await Expect(page.GetByText(new Regex("selected: press Enter or Save to confirm"))).ToBeVisibleAsync();
        await Expect(page.AgentState()).ToHaveTextAsync("DISPO");

        await page.Keyboard.PressAsync("Enter");
        await Expect(page.AgentState()).Not.ToHaveTextAsync("DISPO");
    }

    [Fact]
    public async Task Browser_tab_shows_the_state_and_its_time()
    {
        var page = await OnCallAsync("1014");

        await Expect(page).ToHaveTitleAsync(new Regex(@"^INCALL \d\d:\d\d · Portal$"));
        await page.Keyboard.PressAsync("h");
        await Expect(page).ToHaveTitleAsync(new Regex(@"^DISPO 00:0\d · Portal$"));
    }

    [Fact]
    public async Task A_spanish_speaking_agent_works_a_call_in_spanish()
    {
        var page = await Browser.NewPageAsync(Server);
        await page.SignInAsync("1015", PortalPages.AgentPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Language" }).ClickAsync();
        await page.GetByRole(AriaRole.Menuitem, new() { Name = "Español" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Escritorio del agente" })).ToBeVisibleAsync();
        await page.GotoAsync("agent");
        Directory.CreateDirectory(Shots);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Shots, "spanish-login.png") });

        await page.Field("Campaña").SelectOptionAsync("TESTCAMP");
        await page.Field("Extensión telefónica").FillAsync("1015");
        await page.Button("Entrar").ClickAsync();
        var state = page.GetByRole(AriaRole.Status, new() { Name = "Estado del agente" });
        await Expect(state).ToHaveTextAsync("EN PAUSA LOGIN");
        await page.Field("Número a marcar").FillAsync(AnsweringNumber);
        await page.Button("Marcar").ClickAsync();
        await Expect(state).ToHaveTextAsync("EN LLAMADA");
        await Expect(page.GetByRole(AriaRole.Heading, new() { NameRegex = new("^Llamada con") })).ToBeVisibleAsync();
        await Expect(page).ToHaveTitleAsync(new Regex(@"^EN LLAMADA \d\d:\d\d · Portal$"));
        await page.Button("Transferir – Conf").ClickAsync();
        await Expect(page.Field("Número de transferencia")).ToBeVisibleAsync();
        await Expect(page.Button("Transferencia directa")).ToBeDisabledAsync();
        await page.GetByRole(AriaRole.Tab, new() { Name = "Buscar cliente" }).ClickAsync();
        await Expect(page.Field("Teléfono, nombre o id del contacto")).ToBeVisibleAsync();

        await page.Button("Colgar [H]").ClickAsync();
        await Expect(state).ToHaveTextAsync("CIERRE");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Resultado: ¿cómo fue la llamada?" })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Radio, new() { NameRegex = new("^SALE ") }).ClickAsync();
        await page.Button("Guardar resultado [Intro]").ClickAsync();
        await Expect(state).ToHaveTextAsync("EN PAUSA");
        await page.AssertNoSeriousViolationsAsync("the Spanish desk");
    }

    private async Task<IPage> OnCallAsync(string agent)
    {
        var page = await Browser.NewPageAsync(Server);
        await page.LogInAgentAsync(agent);
        await page.Field("Number to dial").FillAsync(AnsweringNumber);
        await page.Button("Dial").ClickAsync();
        await Expect(page.AgentState()).ToHaveTextAsync("INCALL");
        return page;
    }

    /// <summary>Light and dark screenshots for people to look at (the lead engineer and the author did).</summary>
    private static async Task ShootAsync(IPage page, string name)
    {
        Directory.CreateDirectory(Shots);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Shots, $"{name}-light.png") });
        await page.Button("Dark theme").ClickAsync();
        await Expect(page.Button("Light theme")).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(Shots, $"{name}-dark.png") });
        await page.Button("Light theme").ClickAsync();
        await Expect(page.Button("Dark theme")).ToBeVisibleAsync();
    }
}
