namespace Portal.Infrastructure.Webhooks;

using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.Infrastructure.Data;

/// <summary>
/// Sends PENDING deliveries whose time has come, several at once, and records every attempt: DELIVERED on a 2xx
/// answer, otherwise a retry after an exponentially growing delay, FAILED after the last attempt. It starts with
/// whatever was pending before a restart, then sleeps until the next retry is due or the outbox wakes it. Delivery
/// is at least once: a POST cut off by a crash is sent again with the same delivery id.
/// </summary>
public sealed class WebhookDispatcher(
    IDbContextFactory<PortalDbContext> contexts,
    WebhookSender sender,
    IOptions<WebhookOptions> options,
    TimeProvider time,
    ILogger<WebhookDispatcher> logger) : BackgroundService
{
    private const int MaxBatch = 100;
    private static readonly TimeSpan PauseAfterError = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan PruneInterval = TimeSpan.FromHours(1);

    private readonly Channel<bool> _wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private DateTimeOffset _nextPrune;

    /// <summary>New deliveries are waiting (called by the outbox).</summary>
    public void Wake() => _wake.Writer.TryWrite(true);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            TimeSpan? sleep;
            try
            {
                await PruneWhenDueAsync(stoppingToken);
                sleep = await DeliverDueAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogFailure(ex, "Webhook deliveries could not be sent; trying again in {Seconds} s", PauseAfterError.TotalSeconds);
                sleep = PauseAfterError;
            }

            await SleepAsync(sleep, stoppingToken);
        }
    }

    /// <summary>Sends one batch of due deliveries; returns how long to wait for the next one (null: none pending).</summary>
    internal async Task<TimeSpan?> DeliverDueAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = time.GetUtcNow();
        var due = await (from delivery in db.WebhookDeliveries
                         where delivery.State == WebhookDeliveryStates.Pending && delivery.NextAttemptAt <= now
                         join subscription in db.WebhookSubscriptions on delivery.SubscriptionId equals subscription.Id
                         orderby delivery.NextAttemptAt, delivery.Id
                         select new { Delivery = delivery, subscription.Url, subscription.Secret, subscription.Active })
                        .Take(MaxBatch)
                        .ToListAsync(cancellationToken);

        var attempts = new WebhookAttempt?[due.Count];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Value.MaxConcurrentDeliveries, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(Enumerable.Range(0, due.Count), parallel, async (i, token) =>
        {
            if (due[i].Active)
            {
                attempts[i] = await sender.SendAsync(due[i].Delivery, due[i].Url, due[i].Secret, token);
            }
        });

        for (var i = 0; i < due.Count; i++)
        {
            Record(due[i].Delivery, attempts[i]);
        }

        await db.SaveChangesAsync(cancellationToken);
        if (due.Count == MaxBatch)
        {
            return TimeSpan.Zero;
        }

        var next = await (from delivery in db.WebhookDeliveries
                          where delivery.State == WebhookDeliveryStates.Pending
                          join subscription in db.WebhookSubscriptions on delivery.SubscriptionId equals subscription.Id
                          select delivery.NextAttemptAt).MinAsync(cancellationToken);
        return next is { } at ? at - time.GetUtcNow() : null;
    }

    private void Record(WebhookDelivery delivery, WebhookAttempt? attempt)
    {
        var now = time.GetUtcNow();
        if (attempt is null)
        {
            delivery.State = WebhookDeliveryStates.Failed;
            delivery.NextAttemptAt = null;
            delivery.LastError = "The webhook was deactivated.";
            return;
        }

        delivery.Attempts++;
        delivery.LastAttemptAt = now;
        delivery.LastStatusCode = attempt.StatusCode;
        delivery.LastError = attempt.Error;
        if (attempt.Delivered)
        {
            delivery.State = WebhookDeliveryStates.Delivered;
            delivery.NextAttemptAt = null;
        }
        else if (delivery.Attempts >= options.Value.MaxAttempts)
        {
            delivery.State = WebhookDeliveryStates.Failed;
            delivery.NextAttemptAt = null;
            logger.LogWarning(
                "Webhook delivery {DeliveryId} ({EventType}) to subscription {SubscriptionId} failed after {Attempts} attempts: {Error}",
                delivery.Id, delivery.EventType, delivery.SubscriptionId, delivery.Attempts, attempt.Error);
        }
        else
        {
            delivery.NextAttemptAt = now + options.Value.DelayBeforeAttempt(delivery.Attempts);
        }
    }

    private async Task SleepAsync(TimeSpan? sleep, CancellationToken stoppingToken)
    {
        if (sleep is { } wait && wait <= TimeSpan.Zero)
        {
            return;
        }

        using var woken = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var timer = sleep is { } delay ? Task.Delay(delay, time, woken.Token) : Task.Delay(Timeout.InfiniteTimeSpan, time, woken.Token);
        var wake = _wake.Reader.ReadAsync(woken.Token).AsTask();
        try
        {
            await Task.WhenAny(timer, wake);
        }
        finally
        {
            await woken.CancelAsync();
            await Task.WhenAll(timer, wake).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }

    private async Task PruneWhenDueAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (options.Value.RetainDays <= 0 || now < _nextPrune)
        {
            return;
        }

        _nextPrune = now + PruneInterval;
        var before = now - TimeSpan.FromDays(options.Value.RetainDays);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.WebhookDeliveries
            .Where(d => d.State != WebhookDeliveryStates.Pending && d.CreatedAt < before)
            .ExecuteDeleteAsync(cancellationToken);
    }
}
