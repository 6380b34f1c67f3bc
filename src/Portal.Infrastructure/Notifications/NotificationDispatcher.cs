namespace Portal.Infrastructure.Notifications;

using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Portal.Domain.Sessions;
using Portal.Infrastructure.Calls;
using Portal.Infrastructure.Data;
using Portal.Infrastructure.Sessions;

/// <summary>
/// Stores agent notifications (VICIdial's vicidial_agent_notifications) and shows them on the live screens of their
/// recipients: one agent (USER), the live agents of a user group (USER_GROUP) or of a campaign (CAMPAIGN).
/// A notification that is due is delivered as soon as it is stored; the periodic tick only serves scheduled ones
/// and retries. Delivered notifications become SENT; a retried one stays queued until someone was live to see it.
/// </summary>
public sealed class NotificationDispatcher(
    IDbContextFactory<PortalDbContext> contexts, SessionRuntime sessions, TimeProvider time, ILogger<NotificationDispatcher> logger)
    : BackgroundService, INotificationQueue
{
    /// <summary>How often scheduled notifications are looked for.</summary>
    public static readonly TimeSpan TickInterval = TimeSpan.FromSeconds(1);

    /// <summary>How long after its time a notification may still be shown (retries stop, late ones expire).</summary>
    public static readonly TimeSpan RetryWindow = TimeSpan.FromHours(1);

    private const int MaxPerTick = 500;

    private readonly ConcurrentDictionary<long, byte> _inFlight = new();

    /// <summary>Stores the notification as queued and, when it is already due, shows it before returning.</summary>
    /// <returns>The notification id.</returns>
    public async Task<long> QueueAsync(QueuedNotification notification, bool retry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(notification);
        notification.Status = retry ? NotificationStatus.QueuedWithRetry : NotificationStatus.Queued;
        notification.CreatedAt = time.GetUtcNow();
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            db.AgentNotifications.Add(notification);
            await db.SaveChangesAsync(cancellationToken);
        }

        if (notification.DueAt <= time.GetUtcNow())
        {
            await DeliverAsync(notification.Id, cancellationToken);
        }

        return notification.Id;
    }

    /// <summary>Delivers every pending notification whose time has come (the tick; also callable directly).</summary>
    public async Task DeliverDueAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        List<long> due;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            due = await db.AgentNotifications.AsNoTracking()
                .Where(n => (n.Status == NotificationStatus.Queued || n.Status == NotificationStatus.QueuedWithRetry) && n.DueAt <= now)
                .OrderBy(n => n.DueAt)
                .Select(n => n.Id)
                .Take(MaxPerTick)
                .ToListAsync(cancellationToken);
        }

        foreach (var id in due)
        {
            await DeliverAsync(id, cancellationToken);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TickInterval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await DeliverDueAsync(stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    logger.LogFailure(ex, "Could not deliver the due agent notifications");
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private async Task DeliverAsync(long id, CancellationToken cancellationToken)
    {
        // The request that stored a notification and the tick may both reach it; only one delivers.
        if (!_inFlight.TryAdd(id, 0))
        {
            return;
        }

        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var notification = await db.AgentNotifications.SingleOrDefaultAsync(n => n.Id == id, cancellationToken);
            if (notification is null || !NotificationStatus.IsPending(notification.Status))
            {
                return;
            }

            notification.Status = await ShowAsync(db, notification, cancellationToken) switch
            {
                null => NotificationStatus.Expired,
                > 0 => NotificationStatus.Sent,
                _ when notification.Status == NotificationStatus.QueuedWithRetry => notification.Status,
                _ => NotificationStatus.Sent,
            };
            await db.SaveChangesAsync(cancellationToken);
        }
        finally
        {
            _inFlight.TryRemove(id, out _);
        }
    }

    /// <returns>How many screens showed it, or null when it is too late to show it at all.</returns>
    private async Task<int?> ShowAsync(PortalDbContext db, QueuedNotification notification, CancellationToken cancellationToken)
    {
        if (time.GetUtcNow() - notification.DueAt >= RetryWindow)
        {
            return null;
        }

        var message = notification.ToAgentNotification();
        var shown = 0;
        foreach (var agent in await LiveRecipientsAsync(db, notification, cancellationToken))
        {
            var outcome = await sessions.SendAsync(agent, new Notify(message));
            shown += outcome.IsAccepted ? 1 : 0;
        }

        return shown;
    }

    private async Task<IReadOnlyList<string>> LiveRecipientsAsync(PortalDbContext db, QueuedNotification notification, CancellationToken cancellationToken)
    {
        var recipient = notification.Recipient;
        switch (notification.RecipientType)
        {
            case NotificationRecipientType.User:
                return sessions.Find(recipient) is null ? [] : [recipient];
            case NotificationRecipientType.Campaign:
                return [.. sessions.All().Where(s => s.CampaignId == recipient).Select(s => s.AgentUser)];
            case NotificationRecipientType.UserGroup:
                var live = sessions.All();
                if (live.Count == 0)
                {
                    return [];
                }

                var members = await db.Users.AsNoTracking()
                    .Where(u => u.UserGroupId == recipient && u.UserName != null)
                    .Select(u => u.UserName!)
                    .ToListAsync(cancellationToken);
                var group = members.ToHashSet(StringComparer.Ordinal);
                return [.. live.Select(s => s.AgentUser).Where(group.Contains)];
            default:
                return [];
        }
    }
}
