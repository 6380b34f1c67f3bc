namespace Portal.IntegrationTests.Events;

using System.Net;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Logging;

/// <summary>The event hub applies REST's API-key rule (agent-API access, allowed functions) and logs refusals plainly.</summary>
public sealed class EventHubAccessTests(EventsFactory factory) : IClassFixture<EventsFactory>
{
    [Fact]
    public async Task A_key_whose_user_has_no_agent_api_access_is_refused_with_403()
    {
        await factory.CreateApiUserAsync("noaccess", agentApiAccess: false, allowedFunctions: "ALL_FUNCTIONS");
        var key = await factory.KeyForAsync("noaccess");

        var refused = await Assert.ThrowsAsync<HttpRequestException>(() => EventHubClient.ConnectAsync(factory, apiKey: key));

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains(factory.Logs.Entries, e => e.Message.Contains("User noaccess has no agent-API access.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_key_whose_user_may_not_use_agent_status_is_refused_with_403()
    {
        await factory.CreateApiUserAsync("pauseonly", agentApiAccess: true, allowedFunctions: "external_pause");
        var key = await factory.KeyForAsync("pauseonly");

        var refused = await Assert.ThrowsAsync<HttpRequestException>(() => EventHubClient.ConnectAsync(factory, apiKey: key));

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    [Fact]
    public async Task A_key_whose_user_may_use_agent_status_connects_and_subscribes()
    {
        await factory.CreateApiUserAsync("statusonly", agentApiAccess: true, allowedFunctions: "agent_status");
        await using var hub = await EventHubClient.ConnectAsync(factory, apiKey: await factory.KeyForAsync("statusonly"));

        var topic = await hub.InvokeAsync("SubscribeUserGroup", "AGENTS");

        Assert.Equal("usergroup:AGENTS", topic.GetString());
    }

    [Fact]
    public async Task A_refused_hub_call_is_logged_with_its_reason_and_without_a_stack_trace()
    {
        await using var hub = await EventHubClient.ConnectAsync(factory, apiKey: await factory.KeyForAsync(EventsFactory.WestUser));

        await Assert.ThrowsAsync<HubException>(() => hub.InvokeAsync("SubscribeCampaign", "NOWHERE"));

        const string reason = "Campaign NOWHERE is not one crmwest may watch";
        var logged = await Eventually.UntilAsync(
            () => Task.FromResult(factory.Logs.Entries.Where(e => e.Message.Contains(reason, StringComparison.Ordinal)).ToList()),
            entries => entries.Count > 0,
            "the refusal in the log");
        Assert.All(logged, e => Assert.Null(e.Exception));
        Assert.Equal(LogLevel.Information, Assert.Single(logged).Level);
        Assert.DoesNotContain(factory.Logs.Entries, e => e.Exception is HubException);
    }
}
