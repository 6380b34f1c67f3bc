namespace Portal.Infrastructure.Webhooks;

using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Portal.Infrastructure.Data;
using Portal.Infrastructure.Cluster;

/// <summary>
/// Webhook subscriptions: registered and deactivated by admins. The secret is generated here, returned once, and
/// kept only to sign deliveries. The active subscriptions are remembered until one changes, so matching an event
/// costs no query.
/// </summary>
public sealed class WebhookRegistry(IDbContextFactory<PortalDbContext> contexts, ClusterCaches caches, TimeProvider time) : IWebhookAdmin
{
    public const string SecretPrefix = "whsec_";

    private volatile IReadOnlyList<ActiveWebhook>? _active;
    private readonly Lock _gate = new();
    private int _generation;

    public async Task<RegisteredWebhook> RegisterAsync(
        string url, IReadOnlyCollection<string> eventTypes, string registeredBy, CancellationToken cancellationToken = default)
    {
        var (checkedUrl, urlError) = WebhookUrls.Check(url);
        if (urlError is not null)
        {
            throw new ArgumentException(urlError);
        }

        var (types, typesError) = WebhookEventTypes.Store(eventTypes);
        if (typesError is not null)
        {
            throw new ArgumentException(typesError);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await AdminRights.RequireAsync(db, registeredBy, cancellationToken);
        var secret = SecretPrefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var subscription = new WebhookSubscription
        {
            Url = checkedUrl!.AbsoluteUri,
            EventTypes = types!,
            Secret = secret,
            CreatedBy = registeredBy,
            CreatedAt = time.GetUtcNow(),
        };
        db.WebhookSubscriptions.Add(subscription);
        await db.SaveChangesAsync(cancellationToken);
        Forget();
        caches.WebhooksChanged();
        return new RegisteredWebhook(WebhookSummary.Of(subscription), secret);
    }

    public async Task<bool> DeactivateAsync(long subscriptionId, string deactivatedBy, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await AdminRights.RequireAsync(db, deactivatedBy, cancellationToken);
        var subscription = await db.WebhookSubscriptions.SingleOrDefaultAsync(w => w.Id == subscriptionId && w.Active, cancellationToken);
        if (subscription is null)
        {
            return false;
        }

        subscription.Active = false;
        await db.SaveChangesAsync(cancellationToken);
        Forget();
        caches.WebhooksChanged();

        // Nothing more goes out to it: what was waiting for a retry is given up.
        await db.WebhookDeliveries
            .Where(d => d.SubscriptionId == subscriptionId && d.State == WebhookDeliveryStates.Pending)
            .ExecuteUpdateAsync(
                set => set.SetProperty(d => d.State, WebhookDeliveryStates.Failed)
                    .SetProperty(d => d.NextAttemptAt, (DateTimeOffset?)null)
                    .SetProperty(d => d.LastError, "The webhook was deactivated."),
                cancellationToken);
        return true;
    }

    public async Task<IReadOnlyList<WebhookSummary>> ListAsync(string viewer, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await AdminRights.RequireAsync(db, viewer, cancellationToken);
        var subscriptions = await db.WebhookSubscriptions.AsNoTracking()
            .OrderByDescending(w => w.Active).ThenByDescending(w => w.CreatedAt)
            .ToListAsync(cancellationToken);
        return [.. subscriptions.Select(WebhookSummary.Of)];
    }

    public async Task<IReadOnlyList<WebhookDelivery>> RecentDeliveriesAsync(
        long subscriptionId, int count, string viewer, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await AdminRights.RequireAsync(db, viewer, cancellationToken);
        return await db.WebhookDeliveries.AsNoTracking()
            .Where(d => d.SubscriptionId == subscriptionId)
            .OrderByDescending(d => d.CreatedAt).ThenByDescending(d => d.Id)
            .Take(Math.Clamp(count, 1, 500))
            .ToListAsync(cancellationToken);
    }

    internal async Task<IReadOnlyList<ActiveWebhook>> ActiveAsync(CancellationToken cancellationToken = default)
    {
        if (_active is { } cached)
        {
            return cached;
        }

        int generation;
        lock (_gate)
        {
            generation = _generation;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.WebhookSubscriptions.AsNoTracking()
            .Where(w => w.Active)
            .Select(w => new { w.Id, w.EventTypes })
            .ToListAsync(cancellationToken);
        IReadOnlyList<ActiveWebhook> active =
        [
            .. rows.Select(r => new ActiveWebhook(
                r.Id, r.EventTypes == WebhookEventTypes.All ? null : WebhookEventTypes.Parse(r.EventTypes).ToHashSet(StringComparer.Ordinal))),
        ];
        lock (_gate)
        {
            // Kept only when no subscription changed while it was read.
            if (_generation == generation)
            {
                _active = active;
            }
        }

        return active;
    }

    /// <summary>Reads the active subscriptions again at the next event (one changed here or on another node).</summary>
    public void Forget()
    {
        lock (_gate)
        {
            _generation++;
            _active = null;
        }
    }
}
