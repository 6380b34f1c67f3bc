namespace Portal.IntegrationTests;

using System.Net;
using System.Text.RegularExpressions;

/// <summary>Signs a browser-like client (it keeps cookies) in and out of the screens.</summary>
internal static partial class SignIn
{
    /// <summary>A client that keeps cookies and shows redirects instead of following them, as the tests need to read Set-Cookie.</summary>
    public static HttpClient Browser(PortalFactory factory) =>
        factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>Signs in and returns the sign-in cookie as a <c>Cookie</c> header value, as an attacker would copy it.</summary>
    public static async Task<string> CookieAsync(HttpClient browser, string userName, string password)
    {
        using var login = await LoginPage.SubmitAsync(browser, userName, password);
        var cookie = await AuthCookieAsync(login);
        return cookie ?? throw new InvalidOperationException($"Signing in as {userName} set no cookie.");
    }

    /// <summary>Presses "Sign out" in the page header (a POST with the page's antiforgery token).</summary>
    public static async Task SignOutAsync(HttpClient browser)
    {
        var page = await browser.GetStringAsync(new Uri("/account/access-denied", UriKind.Relative));
        var token = AntiforgeryField().Match(page);
        Assert.True(token.Success, "The signed-in page has no sign-out form with an antiforgery token.");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups["value"].Value) });
        using var signedOut = await browser.PostAsync(new Uri("/account/logout", UriKind.Relative), form);
        Assert.True(signedOut.IsSuccessStatusCode || LoginPage.IsRedirect(signedOut), $"Sign-out answered {signedOut.StatusCode}.");
    }

    /// <summary>Whether a client sending only <paramref name="cookie"/> is treated as signed in (the event hub's negotiate answers 200, not 401).</summary>
    public static async Task<bool> IsAcceptedAsync(PortalFactory factory, string cookie)
    {
        using var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/hubs/events/negotiate?negotiateVersion=1", UriKind.Relative));
        request.Headers.Add("Cookie", cookie);
        using var response = await client.SendAsync(request);
        return response.StatusCode switch
        {
            HttpStatusCode.OK => true,
            HttpStatusCode.Unauthorized => false,
            var other => throw new InvalidOperationException($"The hub's negotiate answered {other}."),
        };
    }

    private static Task<string?> AuthCookieAsync(HttpResponseMessage login) => Task.FromResult(
        login.Headers.TryGetValues("Set-Cookie", out var cookies)
            ? cookies.FirstOrDefault(c => c.StartsWith(LoginPage.AuthCookie + "=", StringComparison.Ordinal))?.Split(';')[0]
            : null);

    [GeneratedRegex("<input type=\"hidden\" name=\"__RequestVerificationToken\" value=\"(?<value>[^\"]*)\"")]
    private static partial Regex AntiforgeryField();
}
