namespace Portal.Infrastructure.Integrations.ContactNow;

using System.Collections.Concurrent;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Infrastructure.Data;
using Portal.Infrastructure.Identity;

/// <summary>
/// Issues and checks ContactNow tokens. A token is random, shown once and stored only as its SHA-256; it acts as the
/// user that asked for it and only from the addresses it was bound to.
/// </summary>
/// <remarks>
/// A checked token is remembered (by hash) with its user's API rights and scope for
/// <see cref="ContactNowOptions.TokenCacheSeconds"/>, never past its expiry, so /agent.php costs no query for it.
/// Revoking drops the entry at once, and so does any change to a user made through Portal. Failures are never cached.
/// A new password revokes every token the user holds: they were issued on the strength of the old one.
/// </remarks>
public sealed class ContactNowTokenService(
    IDbContextFactory<PortalDbContext> contexts,
    ApiAuthenticator authenticator,
    ApiCallerDirectory callers,
    IOptions<ContactNowOptions> options,
    TimeProvider time) : IUserChangeListener, IPasswordChangeListener
{
    private const int MaxCachedTokens = 10_000;

    /// <summary>Rows of tokens that ended this long ago are deleted when new tokens are issued.</summary>
    private static readonly TimeSpan KeepEndedTokens = TimeSpan.FromDays(7);

    private readonly ConcurrentDictionary<string, CachedHolder> _cache = new(StringComparer.Ordinal);
    private long _revocations;

    /// <summary>token.php?action=get: checks the credentials and the address list, then stores a new token's hash.</summary>
    public async Task<IssuedToken> IssueAsync(string userName, string password, string? addressList, IPAddress? requester, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(userName) || string.IsNullOrEmpty(password))
        {
            return IssuedToken.Fail(ContactNowErrors.AuthenticationFailure);
        }

        var auth = await authenticator.AuthenticateAsync(userName, password, requester);
        if (!auth.IsGood)
        {
            // ContactNow's one text for every refusal: unknown, wrong password and locked-out users read the same.
            return IssuedToken.Fail(ContactNowErrors.AuthenticationFailure);
        }

        if (!auth.Permissions.AgentApiAccess)
        {
            return IssuedToken.Fail(ContactNowErrors.AuthenticationFailure);
        }

        var (addresses, problem) = TokenAddresses.Choose(addressList, requester);
        if (problem is not null)
        {
            return IssuedToken.Fail(problem);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var user = await db.Users.AsNoTracking().Where(u => u.UserName == auth.UserName).Select(u => new { u.Id, u.UserName }).SingleOrDefaultAsync(cancellationToken);
        if (user is null)
        {
            return IssuedToken.Fail(ContactNowErrors.AuthenticationFailure);
        }

        var now = time.GetUtcNow();
        var token = TokenSecret.NewToken();
        var row = new ContactNowToken
        {
            TokenHash = TokenSecret.Hash(token),
            UserId = user.Id,
            UserName = user.UserName!,
            CreatedAt = now,
            ExpiresAt = now + Lifetime,
            AllowedAddresses = string.Join(' ', addresses),
        };
        db.ContactNowTokens.Add(row);
        await db.SaveChangesAsync(cancellationToken);
        await PurgeEndedAsync(db, now, cancellationToken);
        return new IssuedToken(token, row.ExpiresAt, addresses, null);
    }

    /// <summary>Whether the token may be used by a request from <paramref name="requester"/>, and as whom.</summary>
    public async Task<TokenCheck> CheckAsync(string? token, IPAddress? requester, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(token))
        {
            return TokenCheck.Fail(ContactNowErrors.InvalidToken);
        }

        if (!TokenSecret.IsWellFormed(token))
        {
            return TokenCheck.Fail(ContactNowErrors.InvalidToken);
        }

        var now = time.GetUtcNow();
        var hash = TokenSecret.Hash(token);
        var holder = _cache.TryGetValue(hash, out var cached) && cached.Until > now ? cached.Holder : null;
        if (holder is null)
        {
            var revocationsBefore = Interlocked.Read(ref _revocations);
            var (found, error) = await LoadAsync(hash, cancellationToken);
            if (found is null)
            {
                return TokenCheck.Fail(error!);
            }

            holder = found;
            Remember(holder, now, revocationsBefore);
        }

        if (holder.ExpiresAt <= now)
        {
            _cache.TryRemove(hash, out _);
            return TokenCheck.Fail(ContactNowErrors.ExpiredToken, holder);
        }

        return TokenAddresses.Allows(holder.AllowedAddresses, requester)
            ? new TokenCheck(holder, null)
            : TokenCheck.Fail(ContactNowErrors.InvalidToken, holder);
    }

    /// <summary>A user changed (rights, group, password, deactivation): forget every checked token.</summary>
    void IUserChangeListener.UserChanged(PortalUser user)
    {
        Interlocked.Increment(ref _revocations);
        _cache.Clear();
    }

    /// <summary>The user's password changed: every token they hold is revoked.</summary>
    async Task IPasswordChangeListener.PasswordChangedAsync(PortalUser user)
    {
        await using var db = await contexts.CreateDbContextAsync();
        var now = time.GetUtcNow();
        var revoked = await db.ContactNowTokens
            .Where(t => t.UserId == user.Id && t.RevokedAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(t => t.RevokedAt, now).SetProperty(t => t.RevokedBy, "(password changed)"));
        if (revoked > 0)
        {
            Interlocked.Increment(ref _revocations);
            _cache.Clear();
        }
    }

    /// <summary>Forgets a checked token at once (it was revoked).</summary>
    public void Forget(string tokenHash)
    {
        Interlocked.Increment(ref _revocations);
        _cache.TryRemove(tokenHash, out _);
    }

    private TimeSpan Lifetime => options.Value.TokenLifetime > TimeSpan.Zero ? options.Value.TokenLifetime : TimeSpan.FromHours(12);

    private async Task<(TokenHolder? Holder, string? Error)> LoadAsync(string hash, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.ContactNowTokens.AsNoTracking().SingleOrDefaultAsync(t => t.TokenHash == hash, cancellationToken);
        if (row is null)
        {
            return (null, ContactNowErrors.UnknownToken);
        }

        if (row.RevokedAt is not null)
        {
            return (null, ContactNowErrors.InvalidToken);
        }

        var caller = await callers.FindAsync(row.UserName, cancellationToken);
        return caller is null
            ? (null, ContactNowErrors.InvalidToken)
            : (new TokenHolder(row.Id, row.TokenHash, row.ExpiresAt, row.AllowedAddresses, caller), null);
    }

    private void Remember(TokenHolder holder, DateTimeOffset now, long revocationsBefore)
    {
        var seconds = Math.Max(0, options.Value.TokenCacheSeconds);
        if (seconds == 0 || holder.ExpiresAt <= now)
        {
            return;
        }

        if (_cache.Count >= MaxCachedTokens)
        {
            foreach (var (key, stale) in _cache.Where(e => e.Value.Until <= now))
            {
                _cache.TryRemove(KeyValuePair.Create(key, stale));
            }

            if (_cache.Count >= MaxCachedTokens)
            {
                return;
            }
        }

        var until = now + TimeSpan.FromSeconds(seconds);
        var entry = new CachedHolder(holder, until < holder.ExpiresAt ? until : holder.ExpiresAt);
        _cache[holder.TokenHash] = entry;

        // A token was revoked while this one was read: it may be this one, so do not keep what may be stale. Checked
        // after the insert, so a Forget running now either sees the entry or is seen here.
        if (Interlocked.Read(ref _revocations) != revocationsBefore)
        {
            _cache.TryRemove(KeyValuePair.Create(holder.TokenHash, entry));
        }
    }

    private static async Task PurgeEndedAsync(PortalDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var before = now - KeepEndedTokens;
        await db.ContactNowTokens.Where(t => t.ExpiresAt < before || (t.RevokedAt != null && t.RevokedAt < before)).ExecuteDeleteAsync(cancellationToken);
    }

    private sealed record CachedHolder(TokenHolder Holder, DateTimeOffset Until);
}
