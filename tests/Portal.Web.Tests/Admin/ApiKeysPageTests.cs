namespace Portal.Web.Tests.Admin;

using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Portal.Infrastructure.Integrations;
using Portal.Web.Components.Admin;
using Portal.Web.Tests.Fakes;

public sealed class ApiKeysPageTests : ScreenTestContext
{
    private readonly FakeApiKeyAdministration _keys = new();

    public ApiKeysPageTests()
    {
        Services.AddSingleton<IApiKeyAdministration>(_keys);
        Services.AddSingleton<TimeProvider>(new FixedTimeProvider(Sessions.Now));
        var auth = AddAuthorization();
        auth.SetAuthorized("admin");
        auth.SetRoles("Admin");
        JSInterop.Mode = JSRuntimeMode.Loose;
    }

    [Fact]
    public void Without_keys_the_page_says_how_to_start()
    {
        var cut = Render<ApiKeysPage>();

        Assert.Equal("No API keys yet. Create one above for each integration that calls the REST API.", cut.Find(".empty-state").TextContent);
    }

    [Fact]
    public void Users_without_agent_api_access_are_marked_in_the_user_list()
    {
        var cut = Render<ApiKeysPage>();

        var options = cut.FindAll("#key-user option").Select(o => o.TextContent).ToList();
        Assert.Contains("api – Demo API", options);
        Assert.Contains("1001 – Agent 1001 (no agent-API access: its key will be refused)", options);
    }

    [Fact]
    public void A_created_key_shows_its_secret_once_with_a_warning()
    {
        var cut = Render<ApiKeysPage>();

        Create(cut, "CRM", "api");

        Assert.Equal([("CRM", "api", "admin")], _keys.Issued);
        Assert.Equal(FakeApiKeyAdministration.Secret, cut.Find("input[aria-label='New API key']").GetAttribute("value"));
        Assert.Contains("it will not be shown again", cut.Find(".new-key").TextContent, StringComparison.Ordinal);
        Assert.Single(cut.FindAll("table[aria-label='API keys'] tbody tr"));
    }

    [Fact]
    public void Once_dismissed_the_secret_is_nowhere_on_the_page_only_its_prefix()
    {
        var cut = Render<ApiKeysPage>();
        Create(cut, "CRM", "api");

        cut.Button("I have stored it").Click();

        Assert.DoesNotContain(FakeApiKeyAdministration.Secret, cut.Markup, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll(".new-key"));
        Assert.Equal($"{FakeApiKeyAdministration.Secret[..11]}…", cut.Find("table[aria-label='API keys'] tbody td code").TextContent);
    }

    [Fact]
    public void The_table_never_shows_the_secret_even_while_it_is_on_display()
    {
        var cut = Render<ApiKeysPage>();

        Create(cut, "CRM", "api");

        Assert.DoesNotContain(FakeApiKeyAdministration.Secret, cut.Find("table[aria-label='API keys']").OuterHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void Copy_puts_the_secret_on_the_clipboard()
    {
        var cut = Render<ApiKeysPage>();
        Create(cut, "CRM", "api");

        cut.Find("button[aria-label='Copy the new API key']").Click();

        var copy = JSInterop.VerifyInvoke("navigator.clipboard.writeText");
        Assert.Equal(FakeApiKeyAdministration.Secret, copy.Arguments[0]);
        Assert.Equal("Copied", ButtonLookup.ButtonText(cut.Find("button[aria-label='Copy the new API key']")));
    }

    [Fact]
    public void A_key_needs_a_name_and_a_user()
    {
        var cut = Render<ApiKeysPage>();

        cut.Find("form").Submit();

        Assert.Empty(_keys.Issued);
        Assert.Contains("Name the key after the integration that will use it.", cut.Markup, StringComparison.Ordinal);
        Assert.Contains("Choose the user whose permissions the key carries.", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void A_refused_key_shows_why()
    {
        _keys.IssueFailure = new ArgumentException("User ghost is not active.");
        var cut = Render<ApiKeysPage>();

        Create(cut, "CRM", "api");

        Assert.Equal("User ghost is not active.", cut.Find("[role='alert'].form-error").TextContent);
        Assert.Empty(cut.FindAll(".new-key"));
    }

    [Fact]
    public void Revoke_asks_for_confirmation_and_cancel_keeps_the_key()
    {
        var cut = Render<ApiKeysPage>();
        Create(cut, "CRM", "api");

        cut.Find("button[aria-label='Revoke CRM']").Click();
        cut.Find("button[aria-label='Keep CRM']").Click();

        Assert.Empty(_keys.Revoked);
        Assert.Equal("Active", cut.Find("[aria-label='Status of CRM']").TextContent);
    }

    [Fact]
    public void Confirmed_revoke_revokes_the_key_as_the_signed_in_admin()
    {
        var cut = Render<ApiKeysPage>();
        Create(cut, "CRM", "api");

        cut.Find("button[aria-label='Revoke CRM']").Click();
        cut.Find("button[aria-label='Confirm revoke CRM']").Click();

        Assert.Equal([(1L, "admin")], _keys.Revoked);
        Assert.StartsWith("Revoked", cut.Find("[aria-label='Status of CRM']").TextContent, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("button[aria-label='Revoke CRM']"));
    }

    private static void Create(IRenderedComponent<ApiKeysPage> cut, string name, string user)
    {
        cut.Find("#key-name").Change(name);
        cut.Find("#key-user").Change(user);
        cut.Find("form").Submit();
    }
}
