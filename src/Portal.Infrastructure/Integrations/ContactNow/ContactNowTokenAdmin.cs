namespace Portal.Infrastructure.Integrations.ContactNow;

using Microsoft.EntityFrameworkCore;
using Portal.Domain.Users;
using Portal.Infrastructure.Cluster;
using Portal.Infrastructure.Data;

/// <summary>What admins do with ContactNow tokens: list the active ones and revoke one. Only admins may.</summary>
public sealed class ContactNowTokenAdmin(
    IDbContextFactory<PortalDbContext> contexts, ContactNowTokenService tokens, ClusterCaches caches, TimeProvider time)
{
    /// <summary>Tokens that are neither revoked nor expired, newest first; empty for a user who is not an admin.</summary>
    public async Task<IReadOnlyList<ActiveToken>> ActiveAsync(string adminUser, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!await IsAdminAsync(db, adminUser, cancellationToken))
        {
            return [];
        }

        var now = time.GetUtcNow();
        var rows = await db.ContactNowTokens.AsNoTracking()
            .Where(t => t.RevokedAt == null && t.ExpiresAt > now)
            .OrderByDescending(t => t.CreatedAt).ThenByDescending(t => t.Id)
            .Select(t => new { t.Id, t.UserName, t.CreatedAt, t.ExpiresAt, t.AllowedAddresses })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(t => new ActiveToken(t.Id, t.UserName, t.CreatedAt, t.ExpiresAt, t.AllowedAddresses.Split(' ', StringSplitOptions.RemoveEmptyEntries)))];
    }

    /// <summary>Revokes the token: refused from then on, and dropped from the cache at once. False when not done.</summary>
    public async Task<bool> RevokeAsync(long tokenId, string adminUser, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!await IsAdminAsync(db, adminUser, cancellationToken))
        {
            return false;
        }

        var row = await db.ContactNowTokens.SingleOrDefaultAsync(t => t.Id == tokenId && t.RevokedAt == null, cancellationToken);
        if (row is null)
        {
            return false;
        }

        row.RevokedAt = time.GetUtcNow();
        row.RevokedBy = adminUser;
        await db.SaveChangesAsync(cancellationToken);
        tokens.Forget(row.TokenHash);
        caches.ContactNowTokenRevoked(row.TokenHash);
        return true;
    }

    private static async Task<bool> IsAdminAsync(PortalDbContext db, string userName, CancellationToken cancellationToken) =>
        await (from user in db.Users
               join userRole in db.UserRoles on user.Id equals userRole.UserId
               join role in db.Roles on userRole.RoleId equals role.Id
               where user.UserName == userName && user.Active && role.Name == PortalRoles.Admin
               select role.Id).AnyAsync(cancellationToken);
}
