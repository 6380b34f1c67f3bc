namespace Portal.IntegrationTests;

using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Portal.Infrastructure.Identity;

/// <summary>/agc/api.php before any function runs: version, coffee, source, authentication, permission (contract §2).</summary>
public sealed class VicidialVersionAndAuthTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string CloseLink = "\n<a href=\"javascript:window.opener='x';window.close();\">Close This Window</a>\n";

    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Version_answers_without_authentication_in_vicidial_format()
    {
        var before = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var reply = await _client.GetApiAsync("function=version");
        var after = DateTimeOffset.UtcNow.ToUnixTimeSeconds();

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        var match = Regex.Match(reply.Body, @"^VERSION: 2\.14-82\|BUILD: [^|\n]+\|DATE: (\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2})\|EPOCH: (\d+)\n\z");
        Assert.True(match.Success, $"Unexpected version line: {reply.Body}");
        var epoch = long.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
        Assert.InRange(epoch, before, after);
        var expectedDate = DateTimeOffset.FromUnixTimeSeconds(epoch).ToLocalTime().ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
        Assert.Equal(expectedDate, match.Groups[1].Value);
    }

    [Fact]
    public async Task Version_ends_the_request_so_no_close_window_link_follows()
    {
        var reply = await _client.GetApiAsync("function=version&close_window_link=1");

        Assert.StartsWith("VERSION: ", reply.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Close This Window", reply.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("coffee")]
    [InlineData("start_coffee")]
    [InlineData("make_coffee")]
    [InlineData("brew_coffee")]
    public async Task Coffee_functions_answer_418_without_authentication(string function)
    {
        var reply = await _client.GetApiAsync($"function={function}&close_window_link=1");

        Assert.Equal((HttpStatusCode)418, reply.Status);
        Assert.Equal($"Coffee: {function}|Error 418 I'm a teapot", reply.Body);
    }

    [Theory]
    [InlineData("source=x", "x")]
    [InlineData("", "")]
    [InlineData("source=%21%21y", "y")]
    public async Task Source_shorter_than_two_characters_is_refused(string sourceParameter, string shownSource)
    {
        var reply = await _client.GetApiAsync($"{sourceParameter}&user=api&pass=Api-demo-1&function=external_pause&agent_user=1001&value=PAUSE&close_window_link=1");

        Assert.Equal($"ERROR: Invalid Source - {shownSource}\n", reply.Body);
    }

    [Fact]
    public async Task Wrong_password_is_refused_without_echoing_the_password()
    {
        const string password = "Secret-guess-42";

        var reply = await _client.GetApiAsync(AgentApi.Query(
            ("source", "test"), ("user", "api"), ("pass", password), ("function", "external_pause"), ("agent_user", "1001"), ("value", "PAUSE")));

        Assert.Equal("ERROR: Invalid Username/Password: |api||0|0|BAD|\n", reply.Body);
        Assert.DoesNotContain(password, reply.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_user_is_refused_as_bad_credentials()
    {
        var reply = await _client.GetApiAsync("source=test&user=ghost&pass=Whatever-1&function=external_pause&agent_user=1001&value=PAUSE");

        Assert.Equal("ERROR: Invalid Username/Password: |ghost||0|0|BAD|\n", reply.Body);
    }

    [Fact]
    public async Task User_or_password_shorter_than_two_characters_is_refused()
    {
        var reply = await _client.GetApiAsync("source=test&user=a&pass=b&function=external_pause&agent_user=1001&value=PAUSE");

        Assert.Equal("ERROR: Invalid Username/Password: |a||0|0|BAD|\n", reply.Body);
    }

    [Fact]
    public async Task User_without_agent_api_access_is_refused_even_with_the_right_password()
    {
        var reply = await _client.GetApiAsync(AgentApi.Query(
            ("source", "test"), ("user", "1002"), ("pass", AgentApi.AgentPassword), ("function", "external_pause"), ("agent_user", "1002"), ("value", "PAUSE")));

        Assert.Equal("ERROR: Invalid Username/Password: |1002||1|0|GOOD|\n", reply.Body);
        Assert.DoesNotContain(AgentApi.AgentPassword, reply.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Authentication_failure_ends_the_request_so_no_close_window_link_follows()
    {
        var reply = await _client.GetApiAsync("source=test&user=api&pass=Nope-nope-1&function=logout&agent_user=1001&value=LOGOUT&close_window_link=1");

        Assert.Equal("ERROR: Invalid Username/Password: |api||0|0|BAD|\n", reply.Body);
    }

    [Fact]
    public async Task Unknown_function_is_reported_after_authentication()
    {
        var reply = await _client.GetApiAsync(AgentApi.Authenticated("bogus", ("agent_user", "1001")));

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal("ERROR: function not valid - bogus\n", reply.Body);
    }

    [Fact]
    public async Task Function_names_match_case_sensitively()
    {
        var reply = await _client.GetApiAsync(AgentApi.Authenticated("External_Pause", ("agent_user", "1001"), ("value", "PAUSE")));

        Assert.Equal("ERROR: function not valid - External_Pause\n", reply.Body);
    }

    [Fact]
    public async Task Every_response_has_the_vicidial_content_type_and_no_cache_headers()
    {
        string[] queries =
        [
            "function=version",
            "function=coffee",
            "function=external_pause&source=x",
            AgentApi.Authenticated("external_pause", ("agent_user", "1099"), ("value", "PAUSE")),
        ];

        foreach (var query in queries)
        {
            var reply = await _client.GetApiAsync(query);

            Assert.Equal("text/plain; charset=utf-8", reply.ContentType);
            Assert.Contains("no-cache", reply.CacheControl, StringComparison.Ordinal);
            Assert.Equal("no-cache", reply.Pragma);
        }
    }

    [Fact]
    public async Task Close_window_link_follows_a_line_that_does_not_end_the_request()
    {
        var reply = await _client.GetApiAsync(AgentApi.Authenticated("external_pause", ("agent_user", "1098"), ("value", "PAUSE"), ("close_window_link", "1")));

        Assert.Equal("ERROR: agent_user is not logged in - 1098\n" + CloseLink, reply.Body);
    }

    [Fact]
    public async Task Close_window_link_is_not_shown_for_zero_or_non_numbers()
    {
        var zero = await _client.GetApiAsync(AgentApi.Authenticated("external_pause", ("agent_user", "1098"), ("value", "PAUSE"), ("close_window_link", "0")));
        var word = await _client.GetApiAsync(AgentApi.Authenticated("external_pause", ("agent_user", "1098"), ("value", "PAUSE"), ("close_window_link", "yes")));

        Assert.Equal("ERROR: agent_user is not logged in - 1098\n", zero.Body);
        Assert.Equal("ERROR: agent_user is not logged in - 1098\n", word.Body);
    }

    [Fact]
    public async Task Missing_function_permission_is_refused_with_the_vicidial_line()
    {
        await using var isolated = new PortalFactory();
        await SetAllowedFunctionsAsync(isolated, "logout");
        var client = isolated.CreateClient();

        var reply = await client.GetApiAsync(AgentApi.Authenticated("external_pause", ("agent_user", "1001"), ("value", "PAUSE"), ("close_window_link", "1")));
        var allowed = await client.GetApiAsync(AgentApi.Authenticated("logout", ("agent_user", "1001"), ("value", "LOGOUT")));

        Assert.Equal("ERROR: auth USER DOES NOT HAVE PERMISSION TO USE THIS FUNCTION - PAUSE|api|external_pause|API\n", reply.Body);
        Assert.Equal("ERROR: agent_user is not logged in - 1001\n", allowed.Body);
    }

    [Fact]
    public async Task Parameter_check_comes_before_the_permission_check()
    {
        await using var isolated = new PortalFactory();
        await SetAllowedFunctionsAsync(isolated, "logout");

        var reply = await isolated.CreateClient().GetApiAsync(AgentApi.Authenticated("external_pause", ("agent_user", "1001"), ("value", "XYZ")));

        Assert.Equal("ERROR: external_pause not valid - XYZ|1001\n", reply.Body);
    }

    [Fact]
    public async Task Ten_failed_logins_lock_the_api_user_out()
    {
        await using var isolated = new PortalFactory();
        var client = isolated.CreateClient();
        for (var attempt = 0; attempt < 10; attempt++)
        {
            await client.GetApiAsync("source=test&user=api&pass=Wrong-pass-1&function=external_pause&agent_user=1001&value=PAUSE");
        }

        var reply = await client.GetApiAsync(AgentApi.Authenticated("external_pause", ("agent_user", "1001"), ("value", "PAUSE")));

        Assert.Equal("ERROR: Invalid Username/Password: |api||0|0|LOCK|\n", reply.Body);
    }

    [Fact]
    public async Task Disabled_agent_api_answers_system_api_not_active()
    {
        await using var isolated = new PortalFactory();
        await using var disabled = isolated.WithWebHostBuilder(b => b.UseSetting("Portal:AgentApi:Enabled", "false"));

        var reply = await disabled.CreateClient().GetApiAsync(AgentApi.Authenticated("external_pause", ("agent_user", "1001"), ("value", "PAUSE"), ("close_window_link", "1")));

        Assert.Equal("ERROR: System API NOT ACTIVE\n", reply.Body);
    }

    private static async Task SetAllowedFunctionsAsync(PortalFactory target, string functions)
    {
        await using var scope = target.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var api = await users.FindByNameAsync(AgentApi.User);
        Assert.NotNull(api);
        api.ApiAllowedFunctions = functions;
        Assert.True((await users.UpdateAsync(api)).Succeeded);
    }
}
