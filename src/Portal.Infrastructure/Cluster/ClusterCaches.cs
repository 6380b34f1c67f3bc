namespace Portal.Infrastructure.Cluster;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Portal.Infrastructure.Data;
using Portal.Infrastructure.Identity;
using Portal.Infrastructure.Integrations;
using Portal.Infrastructure.Integrations.ContactNow;
using Portal.Infrastructure.Supervision;
using Portal.Infrastructure.Webhooks;

/// <summary>
/// What a node forgets when a user, a user group, an API key or a ContactNow token changes, every other node of the
/// cluster forgets too: the change is published, and each node that hears it tells its own caches as the changing
/// node told its own (credentials, keys, tokens, scope grants, the agent directory, open event-hub connections, the
/// active webhook subscriptions).
/// One process on its own publishes to nobody.
/// </summary>
public sealed partial class ClusterCaches(
    IClusterBroadcast cluster, IServiceProvider services, IDbContextFactory<PortalDbContext> contexts, ILogger<ClusterCaches> logger)
    : IUserChangeListener, IHostedService
{
    public const string Topic = "cache-changes";

    private IDisposable? _subscription;

    void IUserChangeListener.UserChanged(PortalUser user) =>
        cluster.Publish(Topic, new CacheChange(CacheChangeKind.User, user.Id, user.UserName));

    public void UserGroupsChanged() => cluster.Publish(Topic, new CacheChange(CacheChangeKind.UserGroups));

    public void ApiKeyRevoked(long keyId) => cluster.Publish(Topic, new CacheChange(CacheChangeKind.ApiKeyRevoked, KeyId: keyId));

    public void WebhooksChanged() => cluster.Publish(Topic, new CacheChange(CacheChangeKind.Webhooks));

    public void ContactNowTokenRevoked(string tokenHash) =>
        cluster.Publish(Topic, new CacheChange(CacheChangeKind.ContactNowTokenRevoked, TokenHash: tokenHash));

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _subscription = cluster.Subscribe<CacheChange>(Topic, change => _ = ApplyAsync(change));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _subscription?.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>Carries out a change another node published (public for tests).</summary>
    public async Task ApplyAsync(CacheChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        try
        {
            switch (change.Kind)
            {
                case CacheChangeKind.User:
                    var user = await ReadUserAsync(change.UserId!, change.UserName);
                    foreach (var listener in services.GetServices<IUserChangeListener>().Where(l => l != this))
                    {
                        listener.UserChanged(user);
                    }

                    break;
                case CacheChangeKind.UserGroups:
                    services.GetRequiredService<ScopeGrants>().Invalidate();
                    break;
                case CacheChangeKind.ApiKeyRevoked:
                    services.GetRequiredService<ApiKeyRegistry>().RevokedElsewhere(change.KeyId);
                    break;
                case CacheChangeKind.Webhooks:
                    services.GetRequiredService<WebhookRegistry>().Forget();
                    break;
                case CacheChangeKind.ContactNowTokenRevoked:
                    services.GetRequiredService<ContactNowTokenService>().Forget(change.TokenHash!);
                    break;
            }
        }
        catch (Exception ex)
        {
            LogNotApplied(ex, change.Kind);
        }
    }

    /// <summary>The user as stored now; a deleted user as an inactive one, so every cache lets go of them.</summary>
    private async Task<PortalUser> ReadUserAsync(string userId, string? userName)
    {
        await using var db = await contexts.CreateDbContextAsync();
        return await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == userId)
            ?? new PortalUser { Id = userId, UserName = userName, Active = false };
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A {Kind} change from another node could not be applied to this node's caches")]
    private partial void LogNotApplied(Exception exception, CacheChangeKind kind);
}

public enum CacheChangeKind
{
    User,
    UserGroups,
    ApiKeyRevoked,
    ContactNowTokenRevoked,
    Webhooks,
}

/// <summary>A change to something nodes cache, as it travels between them.</summary>
[GenerateSerializer, Immutable, Alias("Portal.CacheChange")]
public sealed record CacheChange(
    [property: Id(0)] CacheChangeKind Kind,
    [property: Id(1)] string? UserId = null,
    [property: Id(2)] string? UserName = null,
    [property: Id(3)] long KeyId = 0,
    [property: Id(4)] string? TokenHash = null);
