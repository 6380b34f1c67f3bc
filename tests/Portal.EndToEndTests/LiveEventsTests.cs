namespace Portal.EndToEndTests;

using System.Text.Json;

/// <summary>An integration subscribed to /hubs/events with @microsoft/signalr in Node sees what agents do in the browser.</summary>
public sealed class LiveEventsTests : BrowserTest
{
    [Fact]
    public async Task A_node_client_with_an_api_key_receives_ready_when_agent_1001_goes_ready_in_the_browser()
    {
        var key = await TestApiKeys.IssueAsync(Server, "api");
        await using var client = EventClient.Start(Server, key, "agent:1001");
        await client.WaitForLineAsync(line => line == "subscribed agent:1001", "the subscription to agent 1001");
        var page = await Browser.NewPageAsync(Server);
        await page.LogInAgentAsync("1001");

        await page.GoReadyAsync();

        var ready = Event(await client.WaitForLineAsync(line => IsEvent(line, "agent.state", "READY"), "agent.state READY of 1001"));
        Assert.Equal("1001", ready.GetProperty("agentUser").GetString());
        Assert.Equal("TESTCAMP", ready.GetProperty("campaignId").GetString());
        Assert.Equal("AGENTS", ready.GetProperty("userGroup").GetString());
        Assert.Equal("PAUSED", ready.GetProperty("data").GetProperty("previousState").GetString());
    }

    private static bool IsEvent(string line, string type, string state) =>
        line.StartsWith("event ", StringComparison.Ordinal)
        && Event(line) is var e
        && e.GetProperty("type").GetString() == type
        && e.GetProperty("state").GetString() == state;

    private static JsonElement Event(string line) => JsonDocument.Parse(line["event ".Length..]).RootElement;
}
