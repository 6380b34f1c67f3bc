namespace Portal.IntegrationTests.Hardening;

using System.Net;
using System.Text.RegularExpressions;

/// <summary>Headers and cookies a browser relies on: CSP, nosniff, Referrer-Policy, HSTS and Secure cookies over HTTPS, proxies.</summary>
public sealed partial class SecurityHeadersTests(ConnectionAddressFactory factory) : IClassFixture<ConnectionAddressFactory>
{
    [Fact]
    public async Task A_page_carries_a_script_policy_whose_nonce_admits_only_its_import_map()
    {
        using var client = factory.ClientAt("192.0.2.10");

        using var response = await client.GetAsync(new Uri("/account/login", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        var nonce = NoncePattern().Match(policy).Groups[1].Value;
        Assert.NotEmpty(nonce);
        Assert.Contains("default-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", policy, StringComparison.Ordinal);
        Assert.Contains($"<script type=\"importmap\" nonce=\"{nonce}\"", html, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("strict-origin-when-cross-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
    }

    [Fact]
    public async Task Each_page_gets_a_fresh_nonce()
    {
        using var client = factory.ClientAt("192.0.2.10");

        using var first = await client.GetAsync(new Uri("/account/login", UriKind.Relative));
        using var second = await client.GetAsync(new Uri("/account/login", UriKind.Relative));

        Assert.NotEqual(first.Headers.GetValues("Content-Security-Policy").Single(), second.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Fact]
    public async Task Over_https_the_browser_is_told_to_stay_on_https_and_cookies_are_secure()
    {
        using var client = factory.ClientAt("192.0.2.10", "https://portal.example");

        using var response = await client.GetAsync(new Uri("/account/login", UriKind.Relative));

        Assert.StartsWith("max-age=31536000", Assert.Single(response.Headers.GetValues("Strict-Transport-Security")), StringComparison.Ordinal);
        var cookies = response.Headers.GetValues("Set-Cookie").ToList();
        Assert.NotEmpty(cookies);
        Assert.All(cookies, cookie => Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Over_plain_http_there_is_no_hsts()
    {
        using var client = factory.ClientAt("192.0.2.10", "http://portal.example");

        using var response = await client.GetAsync(new Uri("/account/login", UriKind.Relative));

        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task A_trusted_proxy_forwards_the_client_address_and_https()
    {
        using var client = factory.ClientAt(ConnectionAddressFactory.TrustedProxy, "http://portal.example");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/account/login");
        request.Headers.Add("X-Forwarded-For", "203.0.113.7");
        request.Headers.Add("X-Forwarded-Proto", "https");

        using var response = await client.SendAsync(request);

        Assert.True(response.Headers.Contains("Strict-Transport-Security"));
        Assert.All(response.Headers.GetValues("Set-Cookie"), cookie => Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Any_other_caller_cannot_claim_https_or_an_address_by_header()
    {
        using var client = factory.ClientAt("198.51.100.20", "http://portal.example");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/account/login");
        request.Headers.Add("X-Forwarded-For", "203.0.113.7");
        request.Headers.Add("X-Forwarded-Proto", "https");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    [GeneratedRegex("'nonce-([^']+)'")]
    private static partial Regex NoncePattern();
}
