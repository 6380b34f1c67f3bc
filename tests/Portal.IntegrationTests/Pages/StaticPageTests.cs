namespace Portal.IntegrationTests.Pages;

using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;

/// <summary>What a browser gets besides the screens: fingerprinted assets, the reconnect dialog and "Page not found".</summary>
public sealed partial class StaticPageTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Pages_link_fingerprinted_assets_that_are_served()
    {
        using var client = factory.CreateClient();

        var page = await client.GetStringAsync(new Uri(LoginPage.Path, UriKind.Relative));
        var stylesheet = FingerprintedPortalCss().Match(page);
        using var css = await client.GetAsync(new Uri("/" + stylesheet.Value, UriKind.Relative));

        Assert.True(stylesheet.Success, "The page does not link a fingerprinted assets/portal.css.");
        Assert.Matches(@"_framework/blazor\.web\.[a-z0-9]+\.js", page);
        Assert.Contains("id=\"components-reconnect-modal\"", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
        Assert.Equal("text/css", css.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_browser_asking_for_an_unknown_page_gets_page_not_found()
    {
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/no-such-page", UriKind.Relative));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));

        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("<h1>Page not found</h1>", body, StringComparison.Ordinal);
        Assert.Contains("<title>Page not found · Portal</title>", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_api_caller_asking_for_an_unknown_path_gets_an_empty_404_not_a_page()
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/agc/no-such-script.php", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsStringAsync());
    }

    [GeneratedRegex(@"assets/portal\.[a-z0-9]+\.css")]
    private static partial Regex FingerprintedPortalCss();
}
