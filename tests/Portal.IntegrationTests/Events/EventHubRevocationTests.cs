namespace Portal.IntegrationTests.Events;

using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Portal.Infrastructure.Identity;
using Portal.Infrastructure.Integrations;

/// <summary>What a key or a sign-in opened on the event hub ends when the key is revoked or the user changes.</summary>
public sealed class EventHubRevocationTests(EventsFactory factory) : IClassFixture<EventsFactory>
{
    [Fact]
    public async Task Revoking_a_key_closes_its_open_hub_connection_and_its_events_stop()
    {
        var registry = factory.Services.GetRequiredService<ApiKeyRegistry>();
        var issued = await registry.IssueAsync("revoked while listening", "api", "admin");
        await using var hub = await EventHubClient.ConnectAsync(factory, apiKey: issued.Secret);
        await factory.LogInAsync("1002");
        await hub.InvokeAsync("SubscribeAgent", "1002");

        await registry.RevokeAsync(issued.Key.Id, "admin");

        await hub.ClosedByServerAsync("its key was revoked");
        await Assert.ThrowsAnyAsync<InvalidOperationException>(() => hub.InvokeAsync("SubscribeAll"));
    }

    [Fact]
    public async Task Deactivating_the_keys_user_closes_its_open_hub_connection()
    {
        await factory.CreateApiUserAsync("leaver", agentApiAccess: true, allowedFunctions: "ALL_FUNCTIONS");
        await using var hub = await EventHubClient.ConnectAsync(factory, apiKey: await factory.KeyForAsync("leaver"));

        await ChangeUserAsync("leaver", user => user.Active = false);

        await hub.ClosedByServerAsync("its user was deactivated");
    }

    [Fact]
    public async Task Taking_agent_api_access_from_the_keys_user_closes_its_open_hub_connection()
    {
        await factory.CreateApiUserAsync("demoted", agentApiAccess: true, allowedFunctions: "ALL_FUNCTIONS");
        await using var hub = await EventHubClient.ConnectAsync(factory, apiKey: await factory.KeyForAsync("demoted"));

        await ChangeUserAsync("demoted", user => user.AgentApiAccess = false);

        await hub.ClosedByServerAsync("its user lost agent-API access");
    }

    [Fact]
    public async Task A_harmless_change_to_the_keys_user_keeps_the_connection_open()
    {
        await factory.CreateApiUserAsync("renamed", agentApiAccess: true, allowedFunctions: "ALL_FUNCTIONS");
        await using var hub = await EventHubClient.ConnectAsync(factory, apiKey: await factory.KeyForAsync("renamed"));

        await ChangeUserAsync("renamed", user => user.FullName = "A new name");

        Assert.Equal("agent:1003", (await hub.InvokeAsync("SubscribeAgent", "1003")).GetString());
    }

    [Fact]
    public async Task Signing_out_closes_the_hub_connection_the_sign_in_cookie_opened()
    {
        var browser = SignIn.Browser(factory);
        var cookie = await SignIn.CookieAsync(browser, "super", "Super-demo-1");
        await using var hub = await EventHubClient.ConnectAsync(factory, cookie: cookie);

        await SignIn.SignOutAsync(browser);

        await hub.ClosedByServerAsync("its user signed out");
    }

    private async Task ChangeUserAsync(string userName, Action<PortalUser> change)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var user = await users.FindByNameAsync(userName) ?? throw new InvalidOperationException($"No user {userName}.");
        change(user);
        Assert.True((await users.UpdateAsync(user)).Succeeded);
    }
}
