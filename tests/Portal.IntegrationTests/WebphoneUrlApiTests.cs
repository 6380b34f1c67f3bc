namespace Portal.IntegrationTests;

/// <summary>webphone_url through /agc/api.php (contract §3.8), with and without a configured webphone.</summary>
public sealed class WebphoneUrlApiTests(WebphoneFactory factory, PortalFactory unconfigured)
    : IClassFixture<WebphoneFactory>, IClassFixture<PortalFactory>, IAsyncLifetime
{
    private const string Url = "https://webphone.example.com/phone?user=1001&phone=1001";

    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Webphone_url_with_a_value_other_than_display_or_launch_is_not_valid()
    {
        var reply = await _client.CallAsync("webphone_url", ("agent_user", "1001"), ("value", "SHOW"));

        Assert.Equal("ERROR: webphone_url not valid - SHOW|1001\n", reply.Body);
    }

    [Fact]
    public async Task Webphone_url_for_an_agent_who_is_not_logged_in_is_refused()
    {
        var reply = await _client.CallAsync("webphone_url", ("agent_user", "1099"), ("value", "DISPLAY"));

        Assert.Equal("ERROR: agent_user is not logged in - 1099\n", reply.Body);
    }

    [Fact]
    public async Task Webphone_url_display_answers_the_agent_url_alone_without_a_line_feed()
    {
        var (reply, rows) = await factory.CallAuditedAsync(_client, "webphone_url", 1, ("agent_user", "1001"), ("value", "DISPLAY"));

        Assert.Equal(Url, reply.Body);
        var row = Assert.Single(rows);
        Assert.Equal(("NOTICE", "webphone_url active and displayed", "DISPLAY"), (row.Result, row.ResultReason, row.Value));
    }

    [Fact]
    public async Task Webphone_url_display_is_followed_by_the_close_window_link_when_asked()
    {
        var reply = await _client.CallAsync("webphone_url", ("agent_user", "1001"), ("value", "DISPLAY"), ("close_window_link", "1"));

        Assert.Equal(Url + CallApi.CloseLink, reply.Body);
    }

    [Fact]
    public async Task Webphone_url_launch_answers_a_redirect_page()
    {
        var (reply, rows) = await factory.CallAuditedAsync(_client, "webphone_url", 1, ("agent_user", "1001"), ("value", "LAUNCH"));

        Assert.Equal(
            $"<META HTTP-EQUIV=Refresh CONTENT=\"0; URL={Url}\">\n</HEAD>\n<BODY BGCOLOR=#FFFFFF marginheight=0 marginwidth=0 leftmargin=0 topmargin=0>\n"
            + $"<a href=\"{Url}\">click here to continue. . .</a>\n</BODY>\n",
            reply.Body);
        Assert.Equal(("NOTICE", "webphone_url active and launched"), (Assert.Single(rows).Result, rows[0].ResultReason));
    }

    [Fact]
    public async Task Webphone_url_without_a_configured_webphone_reports_it_empty()
    {
        await unconfigured.LogInAsync("1002");

        var reply = await unconfigured.CreateClient().CallAsync("webphone_url", ("agent_user", "1002"), ("value", "DISPLAY"));

        Assert.Equal("ERROR: webphone_url error - webphone url is empty - 1002\n", reply.Body);
    }

    public async Task InitializeAsync()
    {
        if (factory.Session("1001") is null)
        {
            await factory.LogInAsync("1001");
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;
}
