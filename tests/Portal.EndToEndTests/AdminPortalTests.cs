namespace Portal.EndToEndTests;

using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

/// <summary>The admin portal: what an admin sets up is usable by an agent at once, in another browser.</summary>
public sealed class AdminPortalTests : BrowserTest
{
    private const string AgentPassword = "E2e-agent-1";

    [Fact]
    public async Task An_admin_sets_up_a_campaign_and_an_agent_who_then_works_in_it()
    {
        var admin = await Browser.NewPageAsync(Server);
        await admin.SignInAsync("admin", "Admin-demo-1");
        await admin.GetByRole(AriaRole.Link, new() { Name = "Admin", Exact = true }).ClickAsync();
        await Expect(admin.GetByRole(AriaRole.Heading, new() { Name = "Administration" })).ToBeVisibleAsync(new() { Timeout = 30_000 });

        await CreateInGroupAsync(admin);
        await CreateCampaignAsync(admin);
        await CreatePauseCodeAsync(admin);
        await CreateUserGroupAsync(admin);
        await CreateUserAsync(admin);

        var agent = await Browser.NewPageAsync(Server);
        await agent.SignInAsync("e2eagent", AgentPassword);
        await agent.GotoAsync("agent");
        await agent.Field("Campaign").SelectOptionAsync("E2ECAMP");
        await Expect(agent.Field("E2EQ")).ToBeCheckedAsync();
        await agent.Field("Phone login").FillAsync("7001");
        await agent.Button("Log in").ClickAsync();
        await Expect(agent.AgentState()).ToHaveTextAsync("PAUSED LOGIN");
        await Expect(agent.Locator(".agent-status")).ToContainTextAsync("E2EQ");

        await agent.GoReadyAsync();
        await Expect(agent.Button("Pause [P]")).ToBeDisabledAsync();
        await agent.Field("Pause code").SelectOptionAsync("E2EP");
        await agent.Button("Pause [P]").ClickAsync();

        await Expect(agent.AgentState()).ToHaveTextAsync("PAUSED E2EP");
    }

    private static async Task CreateInGroupAsync(IPage admin)
    {
        await admin.GotoAsync("admin/in-groups");
        await Expect(admin.GetByRole(AriaRole.Heading, new() { Name = "In-groups", Level = 1 })).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await admin.Field("In-group id").FillAsync("E2EQ");
        await admin.Field("Name").FillAsync("End-to-end queue");
        await admin.Field("Priority (higher is answered first)").FillAsync("4");
        await admin.Button("Add in-group").ClickAsync();
        await Expect(admin.GetByText("In-group E2EQ saved.")).ToBeVisibleAsync();
        await Expect(admin.GetByRole(AriaRole.Row).Filter(new() { HasText = "E2EQ" })).ToContainTextAsync("active");
    }

    private static async Task CreateCampaignAsync(IPage admin)
    {
        await admin.GotoAsync("admin/campaigns/new");
        await admin.Field("Campaign id").FillAsync("E2ECAMP");
        await admin.Field("Name").FillAsync("End-to-end campaign");
        await admin.ChooseAsync("Dial method", "INBOUND_MAN (inbound, manual dial while paused)");
        await admin.Field("Allow inbound calls").CheckAsync();
        await admin.Field("E2EQ – End-to-end queue").CheckAsync();
        await admin.ChooseAsync("Pause codes", "Forced (a reason is required)");
        await admin.Button("Create campaign").ClickAsync();
        await Expect(admin.GetByRole(AriaRole.Heading, new() { Name = "Campaign E2ECAMP" })).ToBeVisibleAsync();
    }

    private static async Task CreatePauseCodeAsync(IPage admin)
    {
        await admin.GotoAsync("admin/pause-codes?campaign=E2ECAMP");
        await Expect(admin.GetByRole(AriaRole.Heading, new() { Name = "Add a pause code to campaign E2ECAMP" })).ToBeVisibleAsync();
        await admin.Field("Pause code").FillAsync("E2EP");
        await admin.Field("Name").FillAsync("End-to-end pause");
        await admin.Button("Add pause code").ClickAsync();
        await Expect(admin.GetByRole(AriaRole.Status).Filter(new() { HasText = "Pause code E2EP saved." })).ToBeVisibleAsync();
    }

    private static async Task CreateUserGroupAsync(IPage admin)
    {
        await admin.GotoAsync("admin/user-groups/new");
        await admin.Field("User group id").FillAsync("E2EGRP");
        await admin.Field("Name").FillAsync("End-to-end agents");
        await admin.Field("E2ECAMP – End-to-end campaign").CheckAsync();
        await admin.Button("Create user group").ClickAsync();
        await Expect(admin.GetByRole(AriaRole.Row).Filter(new() { HasText = "E2EGRP" })).ToContainTextAsync("E2ECAMP");
    }

    private static async Task CreateUserAsync(IPage admin)
    {
        await admin.GotoAsync("admin/users/new");
        await admin.Field("User name").FillAsync("e2eagent");
        await admin.Field("Password").FillAsync(AgentPassword);
        await admin.Field("Full name").FillAsync("End-to-end Agent");
        await admin.ChooseAsync("Role", "Agent");
        await admin.ChooseAsync("User group", "E2EGRP – End-to-end agents");
        await admin.Button("Create user").ClickAsync();
        await Expect(admin.GetByRole(AriaRole.Heading, new() { Name = "User e2eagent" })).ToBeVisibleAsync();
    }
}
