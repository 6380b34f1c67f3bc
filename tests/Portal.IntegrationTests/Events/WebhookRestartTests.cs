namespace Portal.IntegrationTests.Events;

using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Infrastructure.Data;
using Portal.Infrastructure.Webhooks;

/// <summary>Deliveries are persisted before they are sent, so what was pending when Portal stopped goes out after a start.</summary>
public sealed class WebhookRestartTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "portal-tests", Guid.NewGuid().ToString("N"));

    private readonly TestDatabase _database;

    public WebhookRestartTests() => _database = new TestDatabase(_folder);

    private string ConnectionString => _database.ConnectionString;

    [Fact]
    public async Task A_delivery_pending_when_portal_stopped_is_sent_after_the_next_start()
    {
        Directory.CreateDirectory(_folder);
        await using var receiver = await WebhookReceiver.StartAsync();
        long subscriptionId;
        using (var before = new TunedPortalFactory(("ConnectionStrings:Portal", ConnectionString)))
        {
            var registered = await before.Services.GetRequiredService<WebhookRegistry>().RegisterAsync(receiver.Url.ToString(), [WebhookEventTypes.All], "admin");
            subscriptionId = registered.Webhook.Id;
        }

        var pending = await AddPendingDeliveryAsync(subscriptionId);
        using var after = new TunedPortalFactory(("ConnectionStrings:Portal", ConnectionString));
        _ = after.Services;

        var received = await Eventually.UntilAsync(
            () => Task.FromResult(receiver.Received.Where(r => r.Header(WebhookHeaders.Delivery) == pending.ToString(CultureInfo.InvariantCulture)).ToList()),
            r => r.Count > 0, "the delivery left pending before the restart", TimeSpan.FromSeconds(15));
        Assert.Equal("restart-test.1", received[0].Event.GetProperty("id").GetString());
        var contexts = after.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>();
        var delivery = await Eventually.UntilAsync(
            async () =>
            {
                await using var db = await contexts.CreateDbContextAsync();
                return await db.WebhookDeliveries.AsNoTracking().SingleAsync(d => d.Id == pending);
            },
            d => d.State == WebhookDeliveryStates.Delivered, "the delivery to be marked DELIVERED");
        Assert.Equal(1, delivery.Attempts);
    }

    public void Dispose()
    {
        _database.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    /// <summary>What the outbox stores, written while Portal is stopped (as if it stopped before sending).</summary>
    private async Task<long> AddPendingDeliveryAsync(long subscriptionId)
    {
        var options = new DbContextOptionsBuilder<PortalDbContext>();
        options.UsePortalDatabase(TestDatabase.Provider, ConnectionString);
        await using var db = new PortalDbContext(options.Options);
        var now = DateTimeOffset.UtcNow;
        var delivery = new WebhookDelivery
        {
            SubscriptionId = subscriptionId,
            EventId = "restart-test.1",
            EventType = "notification",
            Payload = """{"id":"restart-test.1","type":"notification","at":"2026-11-21T10:00:00+00:00","agentUser":"1001","campaignId":"TESTCAMP","userGroup":"AGENTS","state":"READY","pauseCode":null,"data":{"text":"Hello","from":"super"}}""",
            CreatedAt = now,
            NextAttemptAt = now,
        };
        db.WebhookDeliveries.Add(delivery);
        await db.SaveChangesAsync();
        return delivery.Id;
    }
}
