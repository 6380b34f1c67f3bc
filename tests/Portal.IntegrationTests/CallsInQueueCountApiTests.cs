namespace Portal.IntegrationTests;

using Portal.Infrastructure.Calls;

/// <summary>calls_in_queue_count through /agc/api.php (contract §3.27): the waiting calls this agent could take.</summary>
public sealed class CallsInQueueCountApiTests(LeadsApiFactory factory) : IClassFixture<LeadsApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private Task<ApiReply> CountAsync(params (string Name, string Value)[] parameters) => _client.CallAsync("calls_in_queue_count", parameters);

    [Fact]
    public async Task Calls_in_queue_count_needs_the_value_display()
    {
        var reply = await CountAsync(("agent_user", "1001"), ("value", "SHOW"));

        Assert.Equal("ERROR: calls_in_queue_count not valid - SHOW|1001\n", reply.Body);
    }

    [Fact]
    public async Task Calls_in_queue_count_needs_the_function_permission()
    {
        var reply = await _client.CallAsAsync(LeadsApiFactory.NoFunctionsUser, "calls_in_queue_count", ("agent_user", "1001"), ("value", "DISPLAY"));

        Assert.Equal("ERROR: auth USER DOES NOT HAVE PERMISSION TO USE THIS FUNCTION - DISPLAY|apinone|calls_in_queue_count|APITEST\n", reply.Body);
    }

    [Fact]
    public async Task Calls_in_queue_count_on_an_agent_who_is_not_logged_in_says_so()
    {
        var reply = await CountAsync(("agent_user", "1020"), ("value", "DISPLAY"));

        Assert.Equal("ERROR: agent_user is not logged in - 1020\n", reply.Body);
    }

    [Fact]
    public async Task Calls_in_queue_count_counts_only_calls_the_agent_could_take_without_a_line_feed()
    {
        await factory.LogInAsync("1002");
        var router = factory.Get<CallRouter>();
        var waiting = new TrackedCall($"q-{Guid.NewGuid():N}", TrackedCallKind.Inbound, "TESTCAMP", "SUPPORT", null, "1", CallCenterKit.NewCallerNumber(), DateTimeOffset.UtcNow);
        var elsewhere = new TrackedCall($"q-{Guid.NewGuid():N}", TrackedCallKind.Inbound, "TESTCAMP", LeadsApiFactory.ForeignInGroup, null, "1", CallCenterKit.NewCallerNumber(), DateTimeOffset.UtcNow);
        router.Enqueue(waiting);
        router.Enqueue(elsewhere);
        try
        {
            var (reply, rows) = await factory.CallAuditedAsync(_client, "calls_in_queue_count", 1, ("agent_user", "1002"), ("value", "DISPLAY"));

            Assert.Equal("SUCCESS: calls_in_queue_count - 1", reply.Body);
            Assert.Equal(("SUCCESS", "SUCCESS: calls_in_queue_count - 1"), (rows[0].Result, rows[0].ResultReason));
        }
        finally
        {
            router.Remove(waiting.CallId);
            router.Remove(elsewhere.CallId);
        }
    }

    [Fact]
    public async Task Calls_in_queue_count_is_zero_with_an_empty_queue_and_the_close_link_follows_on_the_same_line()
    {
        await factory.LogInAsync("1003");

        var reply = await CountAsync(("alt_user", "CRM1003"), ("value", "DISPLAY"), ("close_window_link", "1"));

        Assert.Equal("SUCCESS: calls_in_queue_count - 0\n<a href=\"javascript:window.opener='x';window.close();\">Close This Window</a>\n", reply.Body);
    }
}
