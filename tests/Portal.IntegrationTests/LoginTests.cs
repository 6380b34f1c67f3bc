namespace Portal.IntegrationTests;

using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;

/// <summary>The static login page, the cookie it issues, and what an anonymous visitor may reach.</summary>
public sealed class LoginTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private HttpClient NewClient() => factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    [Fact]
    public async Task Login_page_shows_labelled_username_and_password_fields()
    {
        var response = await NewClient().GetAsync(new Uri(LoginPage.Path, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<label for=\"username\">", html, StringComparison.Ordinal);
        Assert.Contains("<label for=\"password\">", html, StringComparison.Ordinal);
        Assert.Contains("id=\"username\"", html, StringComparison.Ordinal);
        Assert.Matches("<input id=\"password\" type=\"password\"", html);
    }

    [Fact]
    public async Task Login_with_good_credentials_sets_the_auth_cookie_and_redirects()
    {
        using var response = await LoginPage.SubmitAsync(NewClient(), "1001", AgentApi.AgentPassword);

        Assert.True(LoginPage.IsRedirect(response), $"Expected a redirect, got {(int)response.StatusCode}.");
        Assert.True(LoginPage.SetsAuthCookie(response), "The response sets no portal.auth cookie.");
    }

    [Fact]
    public async Task Login_from_a_protected_page_returns_to_that_page()
    {
        using var response = await LoginPage.SubmitAsync(NewClient(), "1004", AgentApi.AgentPassword, "/account/login?ReturnUrl=%2Fagent");

        Assert.True(LoginPage.IsRedirect(response), $"Expected a redirect, got {(int)response.StatusCode}.");
        Assert.Equal("/agent", PathOf(response.Headers.Location));
    }

    [Fact]
    public async Task Login_never_redirects_to_another_site()
    {
        using var response = await LoginPage.SubmitAsync(NewClient(), "1005", AgentApi.AgentPassword, "/account/login?ReturnUrl=%2F%2Fevil.example");

        Assert.True(LoginPage.IsRedirect(response), $"Expected a redirect, got {(int)response.StatusCode}.");
        Assert.Equal("/", PathOf(response.Headers.Location));
    }

    [Fact]
    public async Task Signed_in_agent_can_open_the_agent_desk()
    {
        var client = NewClient();
        using var login = await LoginPage.SubmitAsync(client, "1011", AgentApi.AgentPassword);

        using var desk = await client.GetAsync(new Uri("/agent", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, desk.StatusCode);
    }

    [Fact]
    public async Task Login_with_a_wrong_password_shows_an_error_and_sets_no_cookie()
    {
        using var response = await LoginPage.SubmitAsync(NewClient(), "1002", "Wrong-password-1");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Wrong username or password.", html, StringComparison.Ordinal);
        Assert.False(LoginPage.SetsAuthCookie(response));
    }

    [Fact]
    public async Task Login_of_an_unknown_user_shows_the_same_error_as_a_wrong_password()
    {
        using var response = await LoginPage.SubmitAsync(NewClient(), "nobody", "Whatever-1");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Contains("Wrong username or password.", html, StringComparison.Ordinal);
        Assert.False(LoginPage.SetsAuthCookie(response));
    }

    [Fact]
    public async Task Api_only_user_is_refused_at_the_login_page()
    {
        using var response = await LoginPage.SubmitAsync(NewClient(), AgentApi.User, AgentApi.Password);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("This is an API-only account; it cannot sign in to the screens.", html, StringComparison.Ordinal);
        Assert.False(LoginPage.SetsAuthCookie(response));
    }

    [Fact]
    public async Task Login_post_without_the_antiforgery_token_is_rejected()
    {
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["Input.UserName"] = "1003",
            ["Input.Password"] = AgentApi.AgentPassword,
        });

        using var response = await NewClient().PostAsync(new Uri(LoginPage.Path, UriKind.Relative), form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(LoginPage.SetsAuthCookie(response));
    }

    [Fact]
    public async Task Agent_desk_without_a_cookie_redirects_to_the_login_page()
    {
        using var response = await NewClient().GetAsync(new Uri("/agent", UriKind.Relative));

        Assert.True(LoginPage.IsRedirect(response), $"Expected a redirect, got {(int)response.StatusCode}.");
        var location = PathOf(response.Headers.Location);
        Assert.StartsWith(LoginPage.Path, location, StringComparison.Ordinal);
        Assert.Contains("ReturnUrl=%2Fagent", location, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_endpoint_answers_200()
    {
        using var response = await NewClient().GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static string PathOf(Uri? location)
    {
        Assert.NotNull(location);
        return location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;
    }
}
