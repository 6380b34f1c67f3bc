namespace Portal.Infrastructure.Identity;

using System.Collections.Concurrent;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Infrastructure.Data;

/// <summary>
/// Whether a screen sign-in (the cookie's principal) still stands: its user exists, is active, may use the screens
/// and has the security stamp the cookie was issued with. Checked on every request and every few seconds on every open
/// screen, so each user's stamp is remembered in memory: forgotten the moment <see cref="PortalUserManager"/> changes
/// the user (sign-out, password, deactivation, roles), and after <see cref="Lifetime"/> at the latest (a change written
/// by another node or outside Identity).
/// </summary>
public sealed class SignInCheck(IDbContextFactory<PortalDbContext> contexts, IOptions<IdentityOptions> identity, TimeProvider time)
    : IUserChangeListener
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<string, Remembered> _users = new(StringComparer.Ordinal);
    private long _changes;

    /// <summary>True when <paramref name="principal"/>'s sign-in is still good.</summary>
    public async ValueTask<bool> IsCurrentAsync(ClaimsPrincipal principal, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(principal);
        var claims = identity.Value.ClaimsIdentity;
        var userId = principal.FindFirstValue(claims.UserIdClaimType);
        var stamp = principal.FindFirstValue(claims.SecurityStampClaimType);
        if (string.IsNullOrEmpty(userId) || string.IsNullOrEmpty(stamp))
        {
            return false;
        }

        var user = await UserAsync(userId, cancellationToken);
        return user is { Active: true, ApiOnly: false } && user.Stamp == stamp;
    }

    void IUserChangeListener.UserChanged(PortalUser user)
    {
        Interlocked.Increment(ref _changes);
        _users.TryRemove(user.Id, out _);
    }

    private async ValueTask<Remembered?> UserAsync(string userId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (_users.TryGetValue(userId, out var known) && known.Until > now)
        {
            return known;
        }

        // A change that lands while the row is being read must win: remember the row only if nothing changed meanwhile.
        var changesBefore = Interlocked.Read(ref _changes);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var user = await db.Users.AsNoTracking()
            .Where(u => u.Id == userId)
            .Select(u => new Remembered(u.SecurityStamp, u.Active, u.ApiOnly, now + Lifetime))
            .SingleOrDefaultAsync(cancellationToken);
        if (user is not null && Interlocked.Read(ref _changes) == changesBefore)
        {
            _users[userId] = user;
        }

        return user;
    }

    private sealed record Remembered(string? Stamp, bool Active, bool ApiOnly, DateTimeOffset Until);
}
