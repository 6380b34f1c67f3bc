namespace Portal.IntegrationTests;

using System.Net;
using System.Text.RegularExpressions;

/// <summary>Drives the static login page as a browser without JavaScript would: GET the form, POST it back.</summary>
internal static partial class LoginPage
{
    public const string Path = "/account/login";
    public const string AuthCookie = "portal.auth";

    /// <summary>GETs <paramref name="pagePath"/> and posts its form, to the form's own action, with these credentials.</summary>
    public static async Task<HttpResponseMessage> SubmitAsync(HttpClient client, string userName, string password, string pagePath = Path)
    {
        var page = await client.GetStringAsync(new Uri(pagePath, UriKind.Relative));
        var fields = new Dictionary<string, string>
        {
            ["_handler"] = HiddenValue(page, "_handler"),
            ["__RequestVerificationToken"] = HiddenValue(page, "__RequestVerificationToken"),
            ["Input.UserName"] = userName,
            ["Input.Password"] = password,
        };
        Assert.Contains("name=\"Input.UserName\"", page, StringComparison.Ordinal);
        Assert.Contains("name=\"Input.Password\"", page, StringComparison.Ordinal);
        using var form = new FormUrlEncodedContent(fields);
        var action = FormAction().Match(page);
        Assert.True(action.Success, "The login page has no form action.");
        return await client.PostAsync(new Uri(WebUtility.HtmlDecode(action.Groups["action"].Value), UriKind.Relative), form);
    }

    public static bool SetsAuthCookie(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var cookies)
        && cookies.Any(c => c.StartsWith(AuthCookie + "=", StringComparison.Ordinal) && !c.StartsWith(AuthCookie + "=;", StringComparison.Ordinal));

    public static bool IsRedirect(HttpResponseMessage response) =>
        response.StatusCode is HttpStatusCode.Found or HttpStatusCode.SeeOther or HttpStatusCode.Redirect or HttpStatusCode.TemporaryRedirect;

    private static string HiddenValue(string page, string name)
    {
        var match = HiddenInput().Matches(page).FirstOrDefault(m => m.Groups["name"].Value == name);
        Assert.True(match is not null, $"The login page has no hidden field {name}.");
        return WebUtility.HtmlDecode(match.Groups["value"].Value);
    }

    [GeneratedRegex("<form method=\"post\" action=\"(?<action>[^\"]+)\"")]
    private static partial Regex FormAction();

    [GeneratedRegex("<input type=\"hidden\" name=\"(?<name>[^\"]+)\" value=\"(?<value>[^\"]*)\"")]
    private static partial Regex HiddenInput();
}
