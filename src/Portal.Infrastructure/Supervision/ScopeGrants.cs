namespace Portal.Infrastructure.Supervision;

using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Portal.Domain.Users;
using Portal.Infrastructure.Data;
using Portal.Infrastructure.Identity;

/// <summary>What a user's scope rests on: nothing (unknown or inactive), everything (an admin), or their user group.</summary>
public sealed record ScopeGrant(bool Everything, UserGroup? Group)
{
    public static readonly ScopeGrant None = new(false, null);
    public static readonly ScopeGrant All = new(true, null);
}

/// <summary>
/// Each user's <see cref="ScopeGrant"/>, read once and remembered, so a scope check on every Agent API, REST and hub
/// call costs no query (three queries per call cost about a millisecond of CPU, most of the call). Every change Portal
/// makes to a user (<see cref="PortalUserManager"/>, including roles) or to a user group (the user-group admin)
/// forgets them all; a change made behind Portal's back (raw SQL, another node) is seen within <see cref="Lifetime"/>.
/// </summary>
public sealed class ScopeGrants(IDbContextFactory<PortalDbContext> contexts, TimeProvider time) : IUserChangeListener
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(10);
    private const int MaxEntries = 10_000;

    private readonly ConcurrentDictionary<string, (ScopeGrant Grant, DateTimeOffset ExpiresAt)> _grants = new(StringComparer.Ordinal);
    private long _changes;

    public async Task<ScopeGrant> ForAsync(string userName, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        if (_grants.TryGetValue(userName, out var cached) && cached.ExpiresAt > now)
        {
            return cached.Grant;
        }

        var changesBefore = Interlocked.Read(ref _changes);
        var grant = await ReadAsync(userName, cancellationToken);
        if (_grants.Count >= MaxEntries)
        {
            _grants.Clear();
        }

        _grants[userName] = (grant, now + Lifetime);
        if (Interlocked.Read(ref _changes) != changesBefore)
        {
            // A change landed while we read: what we read may predate it.
            _grants.TryRemove(userName, out _);
        }

        return grant;
    }

    /// <summary>Forget every grant (a user group changed).</summary>
    public void Invalidate()
    {
        Interlocked.Increment(ref _changes);
        _grants.Clear();
    }

    void IUserChangeListener.UserChanged(PortalUser user) => Invalidate();

    private async Task<ScopeGrant> ReadAsync(string userName, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.UserName == userName, cancellationToken);
        if (user is null || !user.Active)
        {
            return ScopeGrant.None;
        }

        var isAdmin = await (from userRole in db.UserRoles
                             join role in db.Roles on userRole.RoleId equals role.Id
                             where userRole.UserId == user.Id && role.Name == PortalRoles.Admin
                             select role).AnyAsync(cancellationToken);
        if (isAdmin)
        {
            return ScopeGrant.All;
        }

        var group = await db.UserGroups.AsNoTracking().SingleOrDefaultAsync(g => g.Id == user.UserGroupId, cancellationToken);
        return group is null ? ScopeGrant.None : new ScopeGrant(false, group);
    }
}
