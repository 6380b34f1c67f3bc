namespace Portal.IntegrationTests.Events;

using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Infrastructure.Data;
using Portal.Infrastructure.Webhooks;

/// <summary>Webhooks: each matching event is POSTed signed to a real loopback receiver, retried, and every attempt recorded.</summary>
public sealed class WebhookDeliveryTests(EventsFactory factory) : IClassFixture<EventsFactory>
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    private WebhookRegistry Webhooks => factory.Services.GetRequiredService<WebhookRegistry>();

    [Fact]
    public async Task A_registered_webhook_receives_the_event_signed_with_its_secret()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var registered = await Webhooks.RegisterAsync(receiver.Url.ToString(), ["agent.state"], "admin");
        try
        {
            await factory.LogInReadyAsync("1005");
            var ready = (await Eventually.UntilAsync(
                () => Task.FromResult(receiver.For("1005", "agent.state", "READY")), r => r.Count > 0, "the READY event of 1005", Wait)).Single();

            var timestamp = ready.Header(WebhookHeaders.Timestamp);
            var signed = HMACSHA256.HashData(Encoding.UTF8.GetBytes(registered.Secret), Encoding.UTF8.GetBytes($"{timestamp}.{ready.Body}"));
            Assert.Equal("sha256=" + Convert.ToHexStringLower(signed), ready.Header("X-Portal-Signature"));
            Assert.Equal("agent.state", ready.Header("X-Portal-Event"));
            Assert.True(long.TryParse(ready.Header("X-Portal-Delivery"), CultureInfo.InvariantCulture, out _));
            Assert.InRange(long.Parse(timestamp, CultureInfo.InvariantCulture), DateTimeOffset.UtcNow.AddMinutes(-1).ToUnixTimeSeconds(), DateTimeOffset.UtcNow.ToUnixTimeSeconds());
            Assert.StartsWith("application/json", ready.Header("Content-Type"), StringComparison.Ordinal);
            Assert.Equal("TESTCAMP", ready.Event.GetProperty("campaignId").GetString());
            Assert.All(await DeliveriesAsync(registered.Webhook.Id), d => Assert.Equal("agent.state", d.EventType));
        }
        finally
        {
            await Webhooks.DeactivateAsync(registered.Webhook.Id, "admin");
        }
    }

    [Fact]
    public async Task A_receiver_that_fails_first_gets_a_retry_and_the_delivery_records_both_attempts()
    {
        var secondAnswer = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        var readyRequests = 0;
        await using var receiver = await WebhookReceiver.StartAsync(request =>
            !IsReadyOf(request.Event, "1006") ? Task.FromResult(200)
            : Interlocked.Increment(ref readyRequests) == 1 ? Task.FromResult(500)
            : secondAnswer.Task);
        var registered = await Webhooks.RegisterAsync(receiver.Url.ToString(), ["agent.state"], "admin");
        try
        {
            await factory.LogInReadyAsync("1006");

            var afterFirst = await ReadyDeliveryAsync(registered.Webhook.Id, "1006", d => d.Attempts == 1);
            Assert.Equal(WebhookDeliveryStates.Pending, afterFirst.State);
            Assert.Equal(500, afterFirst.LastStatusCode);
            Assert.Equal("The receiver answered HTTP 500.", afterFirst.LastError);
            Assert.True(afterFirst.NextAttemptAt >= afterFirst.LastAttemptAt + TimeSpan.FromSeconds(0.1));

            await Eventually.UntilAsync(() => Task.FromResult(receiver.For("1006", "agent.state", "READY").Count), n => n == 2, "the retry", Wait);
            secondAnswer.SetResult(200);
            var delivered = await ReadyDeliveryAsync(registered.Webhook.Id, "1006", d => d.State == WebhookDeliveryStates.Delivered);

            Assert.Equal(2, delivered.Attempts);
            Assert.Equal(200, delivered.LastStatusCode);
            Assert.Null(delivered.LastError);
            Assert.Null(delivered.NextAttemptAt);
            var requests = receiver.For("1006", "agent.state", "READY");
            Assert.Equal(delivered.Id.ToString(CultureInfo.InvariantCulture), requests[0].Header("X-Portal-Delivery"));
            Assert.Equal(requests[0].Header("X-Portal-Delivery"), requests[1].Header("X-Portal-Delivery"));
            Assert.Equal(requests[0].Body, requests[1].Body);
        }
        finally
        {
            secondAnswer.TrySetResult(200);
            await Webhooks.DeactivateAsync(registered.Webhook.Id, "admin");
        }
    }

    [Fact]
    public async Task A_delivery_fails_after_the_last_attempt()
    {
        await using var receiver = await WebhookReceiver.StartAsync(request => Task.FromResult(IsReadyOf(request.Event, "1011") ? 503 : 200));
        var registered = await Webhooks.RegisterAsync(receiver.Url.ToString(), ["agent.state"], "admin");
        try
        {
            await factory.LogInReadyAsync("1011");

            var failed = await ReadyDeliveryAsync(registered.Webhook.Id, "1011", d => d.State == WebhookDeliveryStates.Failed);

            Assert.Equal(EventsFactory.MaxAttempts, failed.Attempts);
            Assert.Equal(503, failed.LastStatusCode);
            Assert.Null(failed.NextAttemptAt);
            Assert.Equal(EventsFactory.MaxAttempts, receiver.For("1011", "agent.state", "READY").Count);
        }
        finally
        {
            await Webhooks.DeactivateAsync(registered.Webhook.Id, "admin");
        }
    }

    [Fact]
    public async Task A_deactivated_webhook_gets_no_more_events()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var stopped = await Webhooks.RegisterAsync(receiver.Url.ToString(), [WebhookEventTypes.All], "admin");
        var active = await Webhooks.RegisterAsync(receiver.Url.ToString(), [WebhookEventTypes.All], "admin");
        try
        {
            Assert.True(await Webhooks.DeactivateAsync(stopped.Webhook.Id, "admin"));
            await factory.LogInAsync("1012");

            // Both are matched in the same outbox batch: once the active one has the event, the other would too.
            await Eventually.UntilAsync(() => DeliveriesAsync(active.Webhook.Id), d => d.Any(x => x.EventType == "agent.login"), "the login event", Wait);
            Assert.Empty(await DeliveriesAsync(stopped.Webhook.Id));
            Assert.False(await Webhooks.DeactivateAsync(stopped.Webhook.Id, "admin"));
        }
        finally
        {
            await Webhooks.DeactivateAsync(active.Webhook.Id, "admin");
        }
    }

    private static bool IsReadyOf(JsonElement integrationEvent, string agentUser) =>
        integrationEvent.GetProperty("type").GetString() == "agent.state"
        && integrationEvent.GetProperty("agentUser").GetString() == agentUser
        && integrationEvent.GetProperty("state").GetString() == "READY";

    private async Task<WebhookDelivery> ReadyDeliveryAsync(long subscriptionId, string agentUser, Func<WebhookDelivery, bool> isDone)
    {
        var found = await Eventually.UntilAsync(
            async () => (await DeliveriesAsync(subscriptionId)).SingleOrDefault(d => IsReadyOf(JsonDocument.Parse(d.Payload).RootElement, agentUser)),
            d => d is not null && isDone(d),
            $"the delivery of {agentUser}'s READY event",
            Wait);
        return found!;
    }

    private async Task<List<WebhookDelivery>> DeliveriesAsync(long subscriptionId)
    {
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        return await db.WebhookDeliveries.AsNoTracking().Where(d => d.SubscriptionId == subscriptionId).ToListAsync();
    }
}
