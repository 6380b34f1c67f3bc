namespace Portal.IntegrationTests.Hardening;

using System.Net;

/// <summary>PHP clients build //agc/api.php from a base URL ending in a slash; Apache merges the slashes, so does Portal.</summary>
public sealed class RepeatedSlashesTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("//agc/api.php")]
    [InlineData("//agc//api.php")]
    [InlineData("///agc/api.php")]
    public async Task The_agent_api_answers_under_a_path_with_repeated_slashes(string path)
    {
        using var response = await _client.GetAsync(new Uri($"{_client.BaseAddress!.GetLeftPart(UriPartial.Authority)}{path}?function=version"));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("VERSION: 2.14-82|", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("//token.php")]
    [InlineData("//agent.php")]
    public async Task The_contactnow_api_answers_under_a_path_with_repeated_slashes(string path)
    {
        using var response = await _client.GetAsync(new Uri($"{_client.BaseAddress!.GetLeftPart(UriPartial.Authority)}{path}"));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"success\":false", body, StringComparison.Ordinal);
    }
}
