namespace Portal.Web.Tests.Admin;

using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Portal.Infrastructure.Integrations;
using Portal.Web.Components.Admin;
using Portal.Web.Tests.Fakes;

public sealed class ApiKeysPageTests : AdminTestContext
{
    private readonly FakeApiKeyAdministration _keys = new();
    private IRenderedComponent<MudBlazor.MudDialogProvider> _dialogs = default!;

    public ApiKeysPageTests()
    {
        Services.AddSingleton<IApiKeyAdministration>(_keys);
        Services.AddSingleton<TimeProvider>(new FixedTimeProvider(Sessions.Now));
    }

    [Fact]
    public void Without_keys_the_page_says_how_to_start()
    {
        var cut = RenderPage();

        Assert.Equal("No API keys yet. Create one for each integration that calls the REST API.", cut.Find("table[aria-label='API keys'] tbody").TextContent.Trim());
    }

    [Theory]
    [InlineData("api", "api – Demo API")]
    [InlineData("1001", "1001 – Agent 1001 (no agent-API access: its key will be refused)")]
    public void Users_without_agent_api_access_are_marked_in_the_user_list(string user, string shown)
    {
        var cut = RenderPage();

        Choose(cut, "User", user);

        Assert.Equal(shown, Field(cut, "User").GetAttribute("value"));
    }

    [Fact]
    public void A_created_key_shows_its_secret_once_with_a_warning_and_a_snackbar()
    {
        var cut = RenderPage();

        Create(cut, "CRM", "api");

        Assert.Equal([("CRM", "api", "admin")], _keys.Issued);
        Assert.Equal(FakeApiKeyAdministration.Secret, Field(cut, "New API key").GetAttribute("value"));
        Assert.Contains("it will not be shown again", cut.Find(".new-key").TextContent, StringComparison.Ordinal);
        Assert.Single(cut.FindAll("table[aria-label='API keys'] tbody tr"));
        Assert.Contains("Key “CRM” created.", Snackbars.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Once_dismissed_the_secret_is_nowhere_on_the_page_only_its_prefix()
    {
        var cut = RenderPage();
        Create(cut, "CRM", "api");

        cut.Button("I have stored it").Click();

        Assert.DoesNotContain(FakeApiKeyAdministration.Secret, cut.Markup, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll(".new-key"));
        Assert.Equal($"{FakeApiKeyAdministration.Secret[..11]}…", cut.Find("table[aria-label='API keys'] tbody td code").TextContent);
    }

    [Fact]
    public void The_table_never_shows_the_secret_even_while_it_is_on_display()
    {
        var cut = RenderPage();

        Create(cut, "CRM", "api");

        Assert.DoesNotContain(FakeApiKeyAdministration.Secret, cut.Find("table[aria-label='API keys']").OuterHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void Copy_puts_the_secret_on_the_clipboard()
    {
        var cut = RenderPage();
        Create(cut, "CRM", "api");

        cut.Find("button[aria-label='Copy the new API key']").Click();

        var copy = JSInterop.VerifyInvoke("navigator.clipboard.writeText");
        Assert.Equal(FakeApiKeyAdministration.Secret, copy.Arguments[0]);
        Assert.Equal("Copied", ButtonLookup.ButtonText(cut.Find("button[aria-label='Copy the new API key']")));
    }

    [Fact]
    public void A_key_needs_a_name_and_a_user()
    {
        var cut = RenderPage();

        cut.Find("form").Submit();

        Assert.Empty(_keys.Issued);
        Assert.Equal(["Name the key after the integration that will use it.", "Choose the user whose permissions the key carries."], Messages(cut));
    }

    [Fact]
    public void A_refused_key_shows_why()
    {
        _keys.IssueFailure = new ArgumentException("User ghost is not active.");
        var cut = RenderPage();

        Create(cut, "CRM", "api");

        Assert.Equal("User ghost is not active.", cut.Find("form [role='alert']").TextContent.Trim());
        Assert.Empty(cut.FindAll(".new-key"));
    }

    [Fact]
    public void Revoke_asks_for_confirmation_and_cancel_keeps_the_key()
    {
        var cut = RenderPage();
        Create(cut, "CRM", "api");

        cut.Find("button[aria-label='Revoke CRM']").Click();
        Assert.Contains("Integrations using it (as user api) stop at once.", _dialogs.Find(".mud-dialog").TextContent, StringComparison.Ordinal);
        ButtonNamed(_dialogs, "Cancel").Click();

        Assert.Empty(_keys.Revoked);
        Assert.Equal("Active", Status(cut, "CRM"));
    }

    [Fact]
    public void Confirmed_revoke_revokes_the_key_as_the_signed_in_admin()
    {
        var cut = RenderPage();
        Create(cut, "CRM", "api");

        cut.Find("button[aria-label='Revoke CRM']").Click();
        ButtonNamed(_dialogs, "Revoke now").Click();

        cut.WaitForAssertion(() => Assert.Equal([(1L, "admin")], _keys.Revoked));
        cut.WaitForAssertion(() => Assert.StartsWith("Revoked", Status(cut, "CRM"), StringComparison.Ordinal));
        Assert.Empty(cut.FindAll("button[aria-label='Revoke CRM']"));
        Assert.Contains("Key “CRM” revoked.", Snackbars.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void The_page_speaks_spanish()
    {
        UseSpanish();
        var cut = RenderPage();

        Assert.Equal("Claves de API", cut.Find("h1").TextContent.Trim());
        Assert.NotNull(Field(cut, "Nombre de la clave"));
        Assert.Equal("Crear clave", ButtonLookup.ButtonText(cut.Find("button[type='submit']")));
    }

    private IRenderedComponent<ApiKeysPage> RenderPage()
    {
        _dialogs = RenderProviders();
        return Render<ApiKeysPage>();
    }

    private static string Status(IRenderedComponent<ApiKeysPage> cut, string name) =>
        cut.FindAll("table[aria-label='API keys'] tbody tr").Single(r => r.QuerySelector("td[data-label='Name']")?.TextContent.Trim() == name)
            .QuerySelector("td[data-label='Status']")!.TextContent.Trim();

    private static void Create(IRenderedComponent<ApiKeysPage> cut, string name, string user)
    {
        Field(cut, "Key name").Change(name);
        Choose(cut, "User", user);
        cut.Find("form").Submit();
    }
}
