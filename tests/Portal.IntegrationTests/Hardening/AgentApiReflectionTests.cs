namespace Portal.IntegrationTests.Hardening;

using System.Net;

/// <summary>
/// /agc/api.php echoes what it was sent (stage, vendor_id, ...): a browser must never run it as markup, and an
/// integration reading the reply line by line must never see a line the caller forged.
/// </summary>
public sealed class AgentApiReflectionTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Script = "<script>alert(document.cookie)</script>";

    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task An_echoed_script_is_served_as_plain_text_that_no_browser_sniffs()
    {
        // st_get_agent_active_lead prints vendor_id in its "not valid" line before checking the caller's permission.
        using var response = await _client.GetAsync(new Uri(
            $"{AgentApi.Path}?{AgentApi.Authenticated("st_get_agent_active_lead", ("vendor_id", Script))}", UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Contains("<script>", body, StringComparison.Ordinal);
        Assert.Equal("text/plain; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public async Task A_line_break_inside_an_echoed_value_never_starts_a_reply_line(string lineBreak)
    {
        var forged = $"x{lineBreak}SUCCESS: external_pause function set - PAUSE|1|1001";

        var reply = await _client.GetApiAsync(AgentApi.Authenticated("st_get_agent_active_lead", ("vendor_id", forged)));

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        var line = Assert.Single(reply.Body.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("ERROR: ", line, StringComparison.Ordinal);
        Assert.DoesNotContain('\r', line);
    }
}
