namespace Portal.Infrastructure.AgentApi.Notifications;

using Microsoft.EntityFrameworkCore;
using Portal.Domain.Users;
using Portal.Infrastructure.Data;
using Portal.Infrastructure.Notifications;

/// <summary>send_notification's look-ups: whether a recipient exists, what it is, and the API user's user group.</summary>
public sealed class NotificationRecipientDirectory(IDbContextFactory<PortalDbContext> contexts)
{
    /// <summary>Whether a user, user group or campaign with this exact id exists.</summary>
    public async Task<bool> ExistsAsync(string recipientType, string recipient, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return recipientType switch
        {
            NotificationRecipientType.User => await db.Users.AnyAsync(u => u.UserName == recipient, cancellationToken),
            NotificationRecipientType.UserGroup => await db.UserGroups.AnyAsync(g => g.Id == recipient, cancellationToken),
            NotificationRecipientType.Campaign => await db.Campaigns.AnyAsync(c => c.Id == recipient, cancellationToken),
            _ => false,
        };
    }

    /// <summary>VICIdial's fallback when recipient_type is missing or wrong: USER, then USER_GROUP, then CAMPAIGN.</summary>
    public async Task<string?> FindTypeAsync(string recipient, CancellationToken cancellationToken = default)
    {
        foreach (var type in NotificationRecipientType.All)
        {
            if (await ExistsAsync(type, recipient, cancellationToken))
            {
                return type;
            }
        }

        return null;
    }

    public async Task<UserGroup?> FindUserGroupAsync(string userGroupId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.UserGroups.AsNoTracking().SingleOrDefaultAsync(g => g.Id == userGroupId, cancellationToken);
    }
}
