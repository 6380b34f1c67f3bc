namespace Portal.IntegrationTests;

using System.Net;
using System.Text;
using Portal.Domain.Sessions;

/// <summary>How /agc/api.php reads its parameters (contract §2.1, §2.2): GET or POST, GET wins, bad input never breaks it.</summary>
public sealed class ApiRequestHandlingTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Post_form_body_works_the_same_as_get()
    {
        await factory.LogInReadyAsync("1001");
        using var form = AgentApi.Form(
            ("source", "test"), ("user", AgentApi.User), ("pass", AgentApi.Password), ("function", "external_pause"), ("agent_user", "1001"), ("value", "PAUSE"));

        var reply = await _client.PostApiAsync(form);

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal($"SUCCESS: external_pause function set - PAUSE|{reply.SuccessEpoch()}|1001\n", reply.Body);
        Assert.Equal(AgentState.Paused, factory.Session("1001")?.State);
    }

    [Fact]
    public async Task Post_errors_read_the_same_as_get_errors()
    {
        using var form = AgentApi.Form(("source", "test"), ("user", AgentApi.User), ("pass", "Bad-pass-77"), ("function", "external_pause"));

        var reply = await _client.PostApiAsync(form);

        Assert.Equal("ERROR: Invalid Username/Password: |api||0|0|BAD|\n", reply.Body);
        Assert.Equal("text/plain; charset=utf-8", reply.ContentType);
    }

    [Fact]
    public async Task Get_parameters_win_over_post_parameters()
    {
        await factory.LogInReadyAsync("1002");
        await factory.LogInReadyAsync("1003");
        using var form = AgentApi.Form(("agent_user", "1003"), ("value", "RESUME"), ("source", "x"));

        var reply = await _client.PostApiAsync(form, AgentApi.Authenticated("external_pause", ("agent_user", "1002"), ("value", "PAUSE")));

        Assert.Equal($"SUCCESS: external_pause function set - PAUSE|{reply.SuccessEpoch()}|1002\n", reply.Body);
        Assert.Equal(AgentState.Paused, factory.Session("1002")?.State);
        Assert.Equal(AgentState.Ready, factory.Session("1003")?.State);
    }

    [Fact]
    public async Task Parameters_missing_from_the_query_are_read_from_the_post_body()
    {
        using var form = AgentApi.Form(("agent_user", "1097"), ("value", "PAUSE"));

        var reply = await _client.PostApiAsync(form, AgentApi.Authenticated("external_pause"));

        Assert.Equal("ERROR: agent_user is not logged in - 1097\n", reply.Body);
    }

    [Fact]
    public async Task Post_version_needs_nothing_else()
    {
        using var form = AgentApi.Form(("function", "version"));

        var reply = await _client.PostApiAsync(form);

        Assert.StartsWith("VERSION: 2.14-82|BUILD: ", reply.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Disallowed_characters_are_removed_silently()
    {
        var reply = await _client.GetApiAsync(AgentApi.Authenticated("external_pause", ("agent_user", "10<9>6';"), ("value", "PAUSE")));

        Assert.Equal("ERROR: agent_user is not logged in - 1096\n", reply.Body);
    }

    [Theory]
    [InlineData("function=%00%01%02&source=%FF%FE")]
    [InlineData("function=external_pause&source=test&user=api&pass=Api-demo-1&agent_user=%3Cscript%3Ealert(1)%3C%2Fscript%3E&value=PAUSE")]
    [InlineData("function=external_pause&source=test&user=%E2%98%83%F0%9F%98%80&pass=%C3%28%FF&value=PAUSE")]
    [InlineData("function=external_pause&source=te%ZZst&user=api&pass=Api-demo-1&agent_user=%&value=%%%")]
    [InlineData("function=external_pause&function=logout&source=test&source=&user=api&pass=Api-demo-1&value=PAUSE&value=LOGOUT&agent_user=1001")]
    [InlineData("function=version&close_window_link=99999999999999999999999")]
    [InlineData("function=logout&source=test&user=api&pass=Api-demo-1&agent_user=1096&value=LOGOUT&close_window_link=-1")]
    [InlineData("=&&&=&function&source&user=&pass=")]
    public async Task Garbage_query_strings_never_give_a_server_error(string query)
    {
        var reply = await _client.GetApiAsync(query);

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Matches("^(VERSION|ERROR): ", reply.Body);
    }

    [Theory]
    [InlineData("value")]
    [InlineData("source")]
    [InlineData("user")]
    [InlineData("pass")]
    [InlineData("agent_user")]
    [InlineData("alt_user")]
    [InlineData("function")]
    public async Task Very_long_values_never_give_a_server_error(string parameter)
    {
        var parameters = new Dictionary<string, string>
        {
            ["source"] = "test", ["user"] = AgentApi.User, ["pass"] = AgentApi.Password, ["function"] = "external_pause",
            ["agent_user"] = "1096", ["value"] = "PAUSE",
        };
        parameters[parameter] = new string('A', 20_000) + "PAUSE";
        var query = AgentApi.Query([.. parameters.Select(p => (p.Key, p.Value))]);

        var viaGet = await _client.GetApiAsync(query);
        using var form = AgentApi.Form([.. parameters.Select(p => (p.Key, p.Value))]);
        var viaPost = await _client.PostApiAsync(form);

        Assert.Equal(HttpStatusCode.OK, viaGet.Status);
        Assert.StartsWith("ERROR: ", viaGet.Body, StringComparison.Ordinal);
        Assert.Equal(viaGet.Body, viaPost.Body);
    }

    public static TheoryData<string, string> BrokenBodies => new()
    {
        { "multipart/form-data", "--abc\r\nContent-Disposition: form-data; name=\"function\"\r\n\r\nversion\r\n--abc--\r\n" },
        { "multipart/form-data; boundary=abc", "this is not multipart at all" },
        { "multipart/form-data; boundary=abc", "--abc\r\nContent-Disposition: form-data; name=\"function\"\r\n\r\nvers" },
        { "application/x-www-form-urlencoded; charset=no-such-charset", "function=external_pause&source=test" },
        { "application/x-www-form-urlencoded", "%%%&&==%ZZ=%E2%28%A1&=&function" },
        { "application/x-www-form-urlencoded", string.Join('&', Enumerable.Range(0, 3000).Select(i => $"k{i}=v")) },
        { "application/json", "{\"function\":\"version\"}" },
    };

    [Theory]
    [MemberData(nameof(BrokenBodies))]
    public async Task Broken_post_bodies_never_give_a_server_error(string contentType, string body)
    {
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);

        var reply = await _client.PostApiAsync(content);

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.StartsWith("ERROR: ", reply.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_broken_post_body_still_lets_the_query_string_answer()
    {
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes("not multipart"));
        content.Headers.TryAddWithoutValidation("Content-Type", "multipart/form-data; boundary=abc");

        var reply = await _client.PostApiAsync(content, AgentApi.Authenticated("external_pause", ("agent_user", "1095"), ("value", "PAUSE")));

        Assert.Equal("ERROR: agent_user is not logged in - 1095\n", reply.Body);
    }

    [Fact]
    public async Task Parameter_names_match_exactly_as_in_php()
    {
        var reply = await _client.GetApiAsync("FUNCTION=version");

        Assert.Equal("ERROR: Invalid Source - \n", reply.Body);
    }
}
