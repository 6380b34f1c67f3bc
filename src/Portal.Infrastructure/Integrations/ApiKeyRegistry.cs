namespace Portal.Infrastructure.Integrations;

using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Portal.Domain.Users;
using Portal.Infrastructure.Cluster;
using Portal.Infrastructure.Data;
using Portal.Infrastructure.Identity;

/// <summary>
/// REST API keys: issued and revoked by admins, stored as SHA-256 hashes, verified on every request. A verified key
/// is remembered for a few seconds (keyed by its hash) so a busy integration costs no query per call; revoking a key
/// or changing any user forgets what was remembered, and revoking tells every <see cref="IApiKeyRevocationListener"/>.
/// </summary>
public sealed class ApiKeyRegistry(
    IDbContextFactory<PortalDbContext> contexts, TimeProvider time, IEnumerable<IApiKeyRevocationListener> revocationListeners,
    ClusterCaches caches)
    : IUserChangeListener
{
    public const string SecretPrefix = "pk_";
    private const int ShownPrefixLength = 11;
    private static readonly TimeSpan CacheLifetime = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan LastUsedResolution = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<string, CachedHolder> _verified = new(StringComparer.Ordinal);

    public async Task<IssuedApiKey> IssueAsync(string name, string userName, string issuedBy, CancellationToken cancellationToken = default)
    {
        name = name.Trim();
        if (name.Length is 0 or > 100)
        {
            throw new ArgumentException("A key needs a name of 1 to 100 characters.", nameof(name));
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await RequireAdminAsync(db, issuedBy, cancellationToken);
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.UserName == userName, cancellationToken)
            ?? throw new ArgumentException($"There is no user {userName}.", nameof(userName));
        if (!user.Active)
        {
            throw new ArgumentException($"User {userName} is not active.", nameof(userName));
        }

        var secret = SecretPrefix + Base64Url(RandomNumberGenerator.GetBytes(32));
        var key = new ApiKey
        {
            Name = name,
            Prefix = secret[..ShownPrefixLength],
            KeyHash = Hash(secret),
            UserId = user.Id,
            UserName = user.UserName!,
            CreatedBy = issuedBy,
            CreatedAt = time.GetUtcNow(),
        };
        db.ApiKeys.Add(key);
        await db.SaveChangesAsync(cancellationToken);
        return new IssuedApiKey(key, secret);
    }

    /// <summary>Revokes a key at once; false when there is no such active key.</summary>
    public async Task<bool> RevokeAsync(long keyId, string revokedBy, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await RequireAdminAsync(db, revokedBy, cancellationToken);
        var key = await db.ApiKeys.SingleOrDefaultAsync(k => k.Id == keyId && k.RevokedAt == null, cancellationToken);
        if (key is null)
        {
            return false;
        }

        key.RevokedAt = time.GetUtcNow();
        key.RevokedBy = revokedBy;
        await db.SaveChangesAsync(cancellationToken);
        RevokedElsewhere(key.Id);
        caches.ApiKeyRevoked(key.Id);
        return true;
    }

    /// <summary>Forgets a revoked key here and tells this node's listeners (the key was revoked here or on another node).</summary>
    public void RevokedElsewhere(long keyId)
    {
        foreach (var (hash, cached) in _verified)
        {
            if (cached.Holder.KeyId == keyId)
            {
                _verified.TryRemove(hash, out _);
            }
        }

        foreach (var listener in revocationListeners)
        {
            listener.KeyRevoked(keyId);
        }
    }

    public async Task<IReadOnlyList<ApiKey>> ListAsync(bool includeRevoked, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var keys = db.ApiKeys.AsNoTracking();
        if (!includeRevoked)
        {
            keys = keys.Where(k => k.RevokedAt == null);
        }

        return await keys.OrderByDescending(k => k.CreatedAt).ToListAsync(cancellationToken);
    }

    /// <summary>The holder of a presented key, or null when it is unknown, revoked, or its user cannot use the API.</summary>
    public async Task<ApiKeyHolder?> VerifyAsync(string presented, CancellationToken cancellationToken = default)
    {
        if (!presented.StartsWith(SecretPrefix, StringComparison.Ordinal) || presented.Length > 200)
        {
            return null;
        }

        var hash = Hash(presented);
        var now = time.GetUtcNow();
        if (_verified.TryGetValue(hash, out var cached) && cached.ExpiresAt > now)
        {
            return cached.Holder;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var key = await db.ApiKeys.SingleOrDefaultAsync(k => k.KeyHash == hash && k.RevokedAt == null, cancellationToken);
        if (key is null)
        {
            _verified.TryRemove(hash, out _);
            return null;
        }

        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == key.UserId, cancellationToken);
        if (user is null || !user.Active || user.UserLevel < 1)
        {
            return null;
        }

        if (key.LastUsedAt is null || now - key.LastUsedAt > LastUsedResolution)
        {
            key.LastUsedAt = now;
            await db.SaveChangesAsync(cancellationToken);
        }

        var holder = new ApiKeyHolder(key.Id, key.Name, user.UserName!, user.UserGroupId, user.ApiPermissions);
        _verified[hash] = new CachedHolder(holder, now + CacheLifetime);
        return holder;
    }

    /// <summary>Forgets every verified key (a user's permissions or status changed).</summary>
    public void Invalidate() => _verified.Clear();

    void IUserChangeListener.UserChanged(PortalUser user) => Invalidate();

    internal static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static async Task RequireAdminAsync(PortalDbContext db, string userName, CancellationToken cancellationToken)
    {
        var isAdmin = await (from user in db.Users
                             join userRole in db.UserRoles on user.Id equals userRole.UserId
                             join role in db.Roles on userRole.RoleId equals role.Id
                             where user.UserName == userName && user.Active && role.Name == PortalRoles.Admin
                             select role).AnyAsync(cancellationToken);
        if (!isAdmin)
        {
            throw new UnauthorizedAccessException("Only an admin may issue or revoke API keys.");
        }
    }

    private sealed record CachedHolder(ApiKeyHolder Holder, DateTimeOffset ExpiresAt);
}
