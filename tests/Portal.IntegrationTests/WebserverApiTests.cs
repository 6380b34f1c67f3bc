namespace Portal.IntegrationTests;

using System.Runtime.InteropServices;

/// <summary>webserver through /agc/api.php (contract §3.2).</summary>
public sealed class WebserverApiTests(RestrictedApiUsersFactory factory) : IClassFixture<RestrictedApiUsersFactory>
{
    private static readonly string[] Labels =
    [
        "set.timezone", "abbr.timezone", "dst.timezone", "uname", "host name", "server name", "php version", "apache version",
        "apache processes", "system load average", "disk free space", "date.timezone", "maximum execution time",
        "maximum input time", "memory limit", "post maximum size", "upload maximum filesize", "default socket timeout",
    ];

    private readonly HttpClient _client = factory.CreateClient();

    private Task<ApiReply> WebserverAsync(string apiUser, string source = "test", params (string Name, string Value)[] extra) =>
        _client.GetApiAsync(AgentApi.Query(
            [("source", source), ("user", apiUser), ("pass", AgentApi.Password), ("function", "webserver"), .. extra]));

    [Fact]
    public async Task Webserver_reports_every_contract_line_in_order_inside_pre()
    {
        var reply = await WebserverAsync(RestrictedApiUsersFactory.Webserver, extra: ("close_window_link", "1"));

        Assert.StartsWith("<PRE>Webserver Data:\n", reply.Body, StringComparison.Ordinal);
        Assert.EndsWith("\n</PRE>\n", reply.Body, StringComparison.Ordinal);
        var lines = reply.Body["<PRE>Webserver Data:\n".Length..^"</PRE>\n".Length].TrimEnd('\n').Split('\n');
        Assert.Equal(Labels, lines.Select(l => l[..l.IndexOf(": ", StringComparison.Ordinal)]));
    }

    [Fact]
    public async Task Webserver_fills_the_lines_with_this_servers_facts()
    {
        var reply = await WebserverAsync(RestrictedApiUsersFactory.Webserver);

        var facts = reply.Body.Split('\n').Where(l => l.Contains(": ", StringComparison.Ordinal))
            .ToDictionary(l => l[..l.IndexOf(": ", StringComparison.Ordinal)].Replace("<PRE>", "", StringComparison.Ordinal), l => l[(l.IndexOf(": ", StringComparison.Ordinal) + 2)..]);
        Assert.Equal(TimeZoneInfo.Local.Id, facts["set.timezone"]);
        Assert.Equal(TimeZoneInfo.Local.Id, facts["date.timezone"]);
        Assert.Matches("^[01]$", facts["dst.timezone"]);
        Assert.Equal(RuntimeInformation.OSDescription, facts["uname"]);
        Assert.Equal(Environment.MachineName, facts["host name"]);
        Assert.Equal("localhost", facts["server name"]);
        Assert.Equal(RuntimeInformation.FrameworkDescription, facts["php version"]);
        Assert.Matches(@"^Kestrel/\d+\.\d+\.\d+", facts["apache version"]);
        Assert.Equal("1", facts["apache processes"]);
        Assert.Matches(@"^\d+\.\d+$", facts["system load average"]);
        Assert.Matches(@"^\d+$", facts["disk free space"]);
        Assert.Equal("0", facts["maximum execution time"]);
        Assert.Equal("30", facts["maximum input time"]);
        Assert.Matches(@"^\d+M?$", facts["memory limit"]);
        Assert.Equal("30000000", facts["post maximum size"]);
        Assert.Equal("128M", facts["upload maximum filesize"]);
        Assert.Equal("130", facts["default socket timeout"]);
    }

    [Fact]
    public async Task Webserver_is_audited_with_the_text_as_data_lines_joined_by_pipes()
    {
        var source = AuditRows.NewSource();

        var reply = await WebserverAsync(RestrictedApiUsersFactory.Webserver, source);

        var row = Assert.Single(await factory.WaitForRowsAsync(source));
        Assert.Equal(("SUCCESS", "", "webserver"), (row.Result, row.ResultReason, row.Function));
        Assert.Equal(reply.Body["<PRE>".Length..^"</PRE>\n".Length].Replace('\n', '|'), row.Data);
        Assert.StartsWith("Webserver Data:|set.timezone: ", row.Data, StringComparison.Ordinal);
    }

    [Fact]
    public async Task All_functions_is_not_enough_for_webserver()
    {
        var reply = await WebserverAsync(AgentApi.User, extra: ("close_window_link", "1"));

        Assert.Equal("ERROR: auth USER DOES NOT HAVE PERMISSION TO USE THIS FUNCTION - api|webserver|API\n", reply.Body);
    }

    [Fact]
    public async Task Api_user_without_webserver_in_its_functions_is_refused()
    {
        var reply = await WebserverAsync(RestrictedApiUsersFactory.NoFunctions);

        Assert.Equal("ERROR: auth USER DOES NOT HAVE PERMISSION TO USE THIS FUNCTION - apinone|webserver|API\n", reply.Body);
    }
}
