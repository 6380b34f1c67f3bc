namespace Portal.Infrastructure.Identity;

using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

/// <summary>
/// Checks API credentials with Identity's password hasher and <see cref="SignInThrottle"/>'s lock-out: 10 failures lock
/// the user at that client address for 15 minutes (VICIdial's numbers), failures are throttled per address, and a user
/// without agent-API access pays nothing for failures here (the API is a surface they may not use). A successful API
/// login does not reset the failure count, as VICIdial does. Unknown users cost the same hash check as known ones.
/// </summary>
/// <remarks>
/// Verifying a PBKDF2 hash costs tens of milliseconds, so a verified user + password is remembered for
/// <see cref="AgentApiOptions.CredentialCacheSeconds"/>. The cache key is an HMAC-SHA256 of user and password under a
/// random per-process key, never the password. Only successes are cached: every failure reaches Identity, so the
/// lock-out keeps counting. Every change Portal makes to a user goes through <see cref="PortalUserManager"/>, which
/// calls <see cref="Invalidate(PortalUser)"/>; a change made behind Portal's back (raw SQL, another node) is seen
/// when the entry expires.
/// </remarks>
public sealed class ApiAuthenticator(IServiceScopeFactory scopes, IOptions<PortalOptions> options, TimeProvider time, SignInThrottle throttle) : IUserChangeListener
{
    private const int MaxEntries = 10_000;

    private readonly byte[] _hmacKey = RandomNumberGenerator.GetBytes(32);
    private readonly ConcurrentDictionary<string, CachedCredential> _cache = new(StringComparer.Ordinal);
    private long _changes;
    private string? _dummyHash;

    /// <param name="userName">The user name as sent.</param>
    /// <param name="password">The password as sent.</param>
    /// <param name="address">The client's address (lock-out counts per user and address); null when unknown.</param>
    public async Task<ApiAuthResult> AuthenticateAsync(string userName, string password, System.Net.IPAddress? address = null)
    {
        if (throttle.Check(userName, address) != SignInGate.Open)
        {
            return ApiAuthResult.Failed(ApiAuthCode.Lock);
        }

        var lifetime = TimeSpan.FromSeconds(Math.Max(0, options.Value.AgentApi.CredentialCacheSeconds));
        if (lifetime == TimeSpan.Zero)
        {
            return (await VerifyAndIdentifyAsync(userName, password, address)).Result;
        }

        var key = CacheKey(userName, password);
        var now = time.GetUtcNow();
        if (_cache.TryGetValue(key, out var cached))
        {
            if (cached.ExpiresAt > now)
            {
                return cached.Result;
            }

            _cache.TryRemove(new KeyValuePair<string, CachedCredential>(key, cached));
        }

        var changesBefore = Interlocked.Read(ref _changes);
        var (result, userId) = await VerifyAndIdentifyAsync(userName, password, address);
        if (result.IsGood && userId is not null)
        {
            Remember(key, new CachedCredential(result, userId, Normalize(result.UserName ?? userName), now + lifetime), changesBefore, now);
        }

        return result;
    }

    /// <summary>Forgets every cached credential of this user name (its password, lock-out or permissions changed).</summary>
    public void Invalidate(string userName)
    {
        var normalized = Normalize(userName);
        Forget(entry => entry.NormalizedUserName == normalized);
    }

    /// <summary>Forgets every cached credential of this user, under its current or any earlier name.</summary>
    public void Invalidate(PortalUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var normalized = Normalize(user.UserName ?? "");
        Forget(entry => entry.UserId == user.Id || entry.NormalizedUserName == normalized);
    }

    void IUserChangeListener.UserChanged(PortalUser user) => Invalidate(user);

    /// <summary>The key a credential is cached under (for tests: it must not reveal the password).</summary>
    internal string CacheKey(string userName, string password)
    {
        var mac = HMACSHA256.HashData(_hmacKey, Encoding.UTF8.GetBytes($"{userName}\n{password}"));
        return Convert.ToBase64String(mac);
    }

    internal IReadOnlyCollection<string> CachedKeys => [.. _cache.Keys];

    private void Remember(string key, CachedCredential entry, long changesBefore, DateTimeOffset now)
    {
        if (_cache.Count >= MaxEntries)
        {
            foreach (var (staleKey, stale) in _cache.Where(e => e.Value.ExpiresAt <= now))
            {
                _cache.TryRemove(new KeyValuePair<string, CachedCredential>(staleKey, stale));
            }

            if (_cache.Count >= MaxEntries)
            {
                return;
            }
        }

        _cache[key] = entry;

        // A user changed while we verified: what we read may be stale, so do not keep it. Checked after the insert so
        // that an Invalidate running now either sees our entry or is seen by us.
        if (Interlocked.Read(ref _changes) != changesBefore)
        {
            _cache.TryRemove(new KeyValuePair<string, CachedCredential>(key, entry));
        }
    }

    private void Forget(Func<CachedCredential, bool> matches)
    {
        Interlocked.Increment(ref _changes);
        foreach (var (key, entry) in _cache)
        {
            if (matches(entry))
            {
                _cache.TryRemove(new KeyValuePair<string, CachedCredential>(key, entry));
            }
        }
    }

    private async Task<(ApiAuthResult Result, string? UserId)> VerifyAndIdentifyAsync(string userName, string password, System.Net.IPAddress? address)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var user = await users.FindByNameAsync(userName);
        if (user is null || !user.Active || user.UserLevel < 1)
        {
            // The same PBKDF2 cost and the same count as a wrong password: an unknown user looks like a known one.
            VerifyAgainstDummy(users.PasswordHasher, password);
            throttle.Failed(userName, address);
            return (ApiAuthResult.Failed(ApiAuthCode.Bad, user?.UserGroupId ?? ""), null);
        }

        if (await users.IsLockedOutAsync(user))
        {
            return (ApiAuthResult.Failed(ApiAuthCode.Lock, user.UserGroupId), null);
        }

        if (!await users.CheckPasswordAsync(user, password))
        {
            throttle.Failed(userName, address, countsForUser: user.ApiPermissions.AgentApiAccess);
            return (ApiAuthResult.Failed(ApiAuthCode.Bad, user.UserGroupId), null);
        }

        return (new ApiAuthResult(ApiAuthCode.Good, user.UserName, user.UserGroupId, user.ApiPermissions), user.Id);
    }

    private static string Normalize(string userName) => userName.ToUpperInvariant();

    private void VerifyAgainstDummy(IPasswordHasher<PortalUser> hasher, string password)
    {
        _dummyHash ??= hasher.HashPassword(new PortalUser(), Convert.ToBase64String(RandomNumberGenerator.GetBytes(16)));
        hasher.VerifyHashedPassword(new PortalUser(), _dummyHash, password);
    }

    private sealed record CachedCredential(ApiAuthResult Result, string UserId, string NormalizedUserName, DateTimeOffset ExpiresAt);
}
