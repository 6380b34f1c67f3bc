namespace Portal.IntegrationTests.Events;

using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.SignalR;
using Portal.Domain.Sessions;

/// <summary>The live event hub: API-key and cookie callers, subscriptions limited to what the caller may see.</summary>
public sealed class EventHubTests(EventsFactory factory) : IClassFixture<EventsFactory>
{
    [Fact]
    public async Task An_api_key_subscriber_to_an_agent_receives_agent_state_ready_when_the_agent_goes_ready()
    {
        await using var hub = await EventHubClient.ConnectAsync(factory, apiKey: await factory.KeyForAsync("api"));
        await factory.LogInAsync("1001");

        var topic = await hub.InvokeAsync("SubscribeAgent", "1001");
        await factory.SendAsync("1001", new GoReady());
        var ready = await hub.NextEventAsync(IsStateOf("1001", "READY"), "agent.state READY of 1001");

        Assert.Equal("agent:1001", topic.GetString());
        Assert.Equal("TESTCAMP", ready.GetProperty("campaignId").GetString());
        Assert.Equal("AGENTS", ready.GetProperty("userGroup").GetString());
        Assert.Equal(JsonValueKind.Null, ready.GetProperty("pauseCode").ValueKind);
        Assert.Equal("PAUSED", ready.GetProperty("data").GetProperty("previousState").GetString());
        Assert.Equal("LOGIN", ready.GetProperty("data").GetProperty("previousPauseCode").GetString());
        Assert.False(string.IsNullOrEmpty(ready.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task A_campaign_outside_the_key_users_scope_is_refused_with_a_clear_message()
    {
        await using var hub = await EventHubClient.ConnectAsync(factory, apiKey: await factory.KeyForAsync(EventsFactory.WestUser));

        var refused = await Assert.ThrowsAsync<HubException>(() => hub.InvokeAsync("SubscribeCampaign", "TESTCAMP"));
        var allowed = await hub.InvokeAsync("SubscribeCampaign", "INBOUND");

        Assert.Equal("Campaign TESTCAMP is not one crmwest may watch: its user group does not allow it.", refused.Reason());
        Assert.Equal("campaign:INBOUND", allowed.GetString());
    }

    [Fact]
    public async Task Without_a_valid_key_or_sign_in_the_hub_answers_401()
    {
        using var anonymous = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var badKey = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        badKey.DefaultRequestHeaders.Authorization = new("Bearer", "pk_not-a-key");

        using var noKey = await anonymous.PostAsync(new Uri("/hubs/events/negotiate?negotiateVersion=1", UriKind.Relative), null);
        using var wrongKey = await badKey.PostAsync(new Uri("/hubs/events/negotiate?negotiateVersion=1", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.Unauthorized, noKey.StatusCode);
        Assert.Null(noKey.Headers.Location);
        Assert.Equal(HttpStatusCode.Unauthorized, wrongKey.StatusCode);
        await Assert.ThrowsAsync<HttpRequestException>(() => EventHubClient.ConnectAsync(factory));
    }

    [Fact]
    public async Task Subscribe_all_delivers_only_the_events_the_caller_may_see()
    {
        await using var hub = await EventHubClient.ConnectAsync(factory, apiKey: await factory.KeyForAsync(EventsFactory.WestUser));
        await hub.InvokeAsync("SubscribeAll");
        await factory.LogInAsync("1002", "TESTCAMP");
        await factory.LogInAsync("1003", "INBOUND");

        await factory.SendAsync("1002", new GoReady());
        await factory.SendAsync("1003", new GoReady());
        await hub.NextEventAsync(IsStateOf("1003", "READY"), "agent.state READY of 1003 (INBOUND)");

        // Events go out in the order they happened, so 1002's would have arrived before 1003's.
        Assert.DoesNotContain(hub.Skipped, e => e.GetProperty("agentUser").GetString() == "1002");
        Assert.Contains(hub.Skipped, e => e.GetProperty("agentUser").GetString() == "1003" && e.GetProperty("type").GetString() == "agent.login");
    }

    [Fact]
    public async Task An_agent_may_subscribe_to_their_own_events_only()
    {
        // Signed in to the screens: an agent's key would need agent-API access, like REST.
        await using var hub = await EventHubClient.ConnectAsync(factory, cookie: await SignInCookieAsync("1004", AgentApi.AgentPassword));

        var other = await Assert.ThrowsAsync<HubException>(() => hub.InvokeAsync("SubscribeAgent", "1005"));
        var all = await Assert.ThrowsAsync<HubException>(() => hub.InvokeAsync("SubscribeAll"));
        var own = await hub.InvokeAsync("SubscribeAgent", "1004");

        Assert.Equal("Agents may subscribe to their own events only: call SubscribeAgent(\"1004\").", other.Reason());
        Assert.Equal(other.Reason(), all.Reason());
        Assert.Equal("agent:1004", own.GetString());
    }

    [Fact]
    public async Task Overlapping_subscriptions_deliver_each_event_once()
    {
        await using var hub = await EventHubClient.ConnectAsync(factory, apiKey: await factory.KeyForAsync("api"));
        await factory.LogInAsync("1007");
        await hub.InvokeAsync("SubscribeAgent", "1007");
        await hub.InvokeAsync("SubscribeCampaign", "TESTCAMP");
        await hub.InvokeAsync("SubscribeUserGroup", "AGENTS");
        await hub.InvokeAsync("SubscribeAll");

        await factory.SendAsync("1007", new GoReady());
        await factory.SendAsync("1007", new Pause("BREAK"));
        await hub.NextEventAsync(IsStateOf("1007", "PAUSED"), "agent.state PAUSED of 1007");

        Assert.Single(hub.Skipped, IsStateOf("1007", "READY").Invoke);
    }

    [Fact]
    public async Task After_unsubscribing_no_more_events_of_that_topic_arrive()
    {
        await using var hub = await EventHubClient.ConnectAsync(factory, apiKey: await factory.KeyForAsync("api"));
        await factory.LogInAsync("1008");
        await factory.LogInAsync("1009");
        await hub.InvokeAsync("SubscribeAgent", "1008");
        await hub.InvokeAsync("SubscribeAgent", "1009");

        var unsubscribed = await hub.InvokeAsync("Unsubscribe", "agent:1008");
        await factory.SendAsync("1008", new GoReady());
        await factory.SendAsync("1009", new GoReady());
        await hub.NextEventAsync(IsStateOf("1009", "READY"), "agent.state READY of 1009");

        Assert.True(unsubscribed.GetBoolean());
        // 1008's login may still be on its way when the subscription starts; its state changes must not arrive.
        Assert.DoesNotContain(hub.Skipped, e => e.GetProperty("agentUser").GetString() == "1008" && e.GetProperty("type").GetString() == "agent.state");
        Assert.Equal(["agent:1009"], (await hub.InvokeAsync("Subscriptions")).EnumerateArray().Select(t => t.GetString()));
    }

    [Fact]
    public async Task Bad_subscription_arguments_get_clear_errors()
    {
        await using var hub = await EventHubClient.ConnectAsync(factory, apiKey: await factory.KeyForAsync("api"));

        var empty = await Assert.ThrowsAsync<HubException>(() => hub.InvokeAsync("SubscribeAgent", ""));
        var unknownAgent = await Assert.ThrowsAsync<HubException>(() => hub.InvokeAsync("SubscribeAgent", "nobody"));
        var badTopic = await Assert.ThrowsAsync<HubException>(() => hub.InvokeAsync("Unsubscribe", "agents:1001"));

        Assert.Equal("Give an agent user of 1 to 100 characters.", empty.Reason());
        Assert.Equal("Agent nobody is unknown or not in a user group api may view.", unknownAgent.Reason());
        Assert.StartsWith("Unknown topic 'agents:1001'", badTopic.Reason(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_signed_in_supervisor_connects_with_the_portal_cookie()
    {
        await using var hub = await EventHubClient.ConnectAsync(factory, cookie: await SignInCookieAsync("super", "Super-demo-1"));
        await factory.LogInAsync("1010");

        await hub.InvokeAsync("SubscribeCampaign", "TESTCAMP");
        await factory.SendAsync("1010", new GoReady());

        await hub.NextEventAsync(IsStateOf("1010", "READY"), "agent.state READY of 1010");
    }

    private async Task<string> SignInCookieAsync(string userName, string password)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var login = await LoginPage.SubmitAsync(client, userName, password);
        return login.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(LoginPage.AuthCookie + "=", StringComparison.Ordinal)).Split(';')[0];
    }

    private static Func<JsonElement, bool> IsStateOf(string agentUser, string state) => e =>
        e.GetProperty("type").GetString() == "agent.state"
        && e.GetProperty("agentUser").GetString() == agentUser
        && e.GetProperty("state").GetString() == state;
}
