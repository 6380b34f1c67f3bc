namespace Portal.Infrastructure.Supervision;

using Microsoft.EntityFrameworkCore;
using Portal.Infrastructure.Data;
using Portal.Infrastructure.Identity;

/// <summary>Who an agent is, for wallboards and scope checks: full name and user group.</summary>
public sealed record AgentProfile(string UserName, string FullName, string UserGroupId);

/// <summary>
/// Every user's name and user group, read once and kept in memory until a user changes (the user manager calls
/// <see cref="Invalidate"/>), so scope checks and wallboard rows cost no query per session or per viewer.
/// </summary>
public sealed class AgentDirectory(IDbContextFactory<PortalDbContext> contexts) : IUserChangeListener
{
    private volatile IReadOnlyDictionary<string, AgentProfile>? _profiles;

    public async Task<IReadOnlyDictionary<string, AgentProfile>> AllAsync(CancellationToken cancellationToken = default)
    {
        if (_profiles is { } cached)
        {
            return cached;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Users.AsNoTracking()
            .Where(u => u.UserName != null)
            .Select(u => new AgentProfile(u.UserName!, u.FullName, u.UserGroupId))
            .ToListAsync(cancellationToken);
        var profiles = rows.ToDictionary(p => p.UserName, StringComparer.Ordinal);
        _profiles = profiles;
        return profiles;
    }

    public async Task<AgentProfile?> FindAsync(string userName, CancellationToken cancellationToken = default) =>
        (await AllAsync(cancellationToken)).GetValueOrDefault(userName);

    public void Invalidate() => _profiles = null;

    void IUserChangeListener.UserChanged(PortalUser user) => Invalidate();
}
