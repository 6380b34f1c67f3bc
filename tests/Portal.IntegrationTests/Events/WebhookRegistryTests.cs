namespace Portal.IntegrationTests.Events;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Infrastructure.Data;
using Portal.Infrastructure.Webhooks;

/// <summary>Registering webhooks: admins only, URLs and event types checked, the secret shown once and never listed.</summary>
public sealed class WebhookRegistryTests(EventsFactory factory) : IClassFixture<EventsFactory>
{
    private WebhookRegistry Webhooks => factory.Services.GetRequiredService<WebhookRegistry>();

    [Theory]
    [InlineData("", "Enter the URL to POST events to.")]
    [InlineData("crm.example.com/hook", "crm.example.com/hook is not an absolute URL such as https://crm.example.com/portal-events.")]
    [InlineData("ftp://crm.example.com/hook", "A webhook URL starts with http:// or https://.")]
    [InlineData("https://user:secret@crm.example.com/hook", "Put no user name or password in the URL: receivers check the X-Portal-Signature header instead.")]
    public async Task A_url_that_is_not_http_or_https_is_refused_with_a_reason(string url, string reason)
    {
        var refused = await Assert.ThrowsAsync<ArgumentException>(() => Webhooks.RegisterAsync(url, [WebhookEventTypes.All], "admin"));

        Assert.Equal(reason, refused.Message);
    }

    [Fact]
    public async Task Event_types_must_be_chosen_from_the_contract()
    {
        var none = await Assert.ThrowsAsync<ArgumentException>(() => Webhooks.RegisterAsync("https://crm.example.com/hook", [], "admin"));
        var unknown = await Assert.ThrowsAsync<ArgumentException>(() => Webhooks.RegisterAsync("https://crm.example.com/hook", ["agent.state", "agent.mood"], "admin"));
        var chosen = await Webhooks.RegisterAsync("https://crm.example.com/hook", ["disposition", "agent.state", "agent.state"], "admin");

        Assert.Equal("Choose at least one event type, or all of them.", none.Message);
        Assert.StartsWith("Unknown event type agent.mood; the types are agent.login, agent.state,", unknown.Message, StringComparison.Ordinal);
        Assert.Equal(["agent.state", "disposition"], chosen.Webhook.EventTypes);
        Assert.False(chosen.Webhook.AllEvents);
    }

    [Fact]
    public async Task Only_an_admin_may_register_deactivate_or_list_webhooks()
    {
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => Webhooks.RegisterAsync("https://crm.example.com/hook", [WebhookEventTypes.All], "super"));
        var registered = await Webhooks.RegisterAsync("https://crm.example.com/hook", [WebhookEventTypes.All], "admin");

        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => Webhooks.DeactivateAsync(registered.Webhook.Id, "1001"));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => Webhooks.ListAsync("api"));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => Webhooks.RecentDeliveriesAsync(registered.Webhook.Id, 10, "super"));
        Assert.True(await Webhooks.DeactivateAsync(registered.Webhook.Id, "admin"));
    }

    [Fact]
    public async Task The_secret_is_returned_once_and_kept_only_to_sign()
    {
        var first = await Webhooks.RegisterAsync("https://crm.example.com/one", [WebhookEventTypes.All], "admin");
        var second = await Webhooks.RegisterAsync("https://crm.example.com/two", [WebhookEventTypes.All], "admin");

        Assert.StartsWith(WebhookRegistry.SecretPrefix, first.Secret, StringComparison.Ordinal);
        Assert.True(first.Secret.Length >= 40);
        Assert.NotEqual(first.Secret, second.Secret);
        Assert.True(first.Webhook.AllEvents);
        var listed = (await Webhooks.ListAsync("admin")).Single(w => w.Id == first.Webhook.Id);
        Assert.DoesNotContain(first.Secret, listed.ToString(), StringComparison.Ordinal);
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        Assert.Equal(first.Secret, (await db.WebhookSubscriptions.SingleAsync(w => w.Id == first.Webhook.Id)).Secret);
    }
}
