namespace Portal.Infrastructure.Identity;

using Microsoft.EntityFrameworkCore;
using Portal.Infrastructure.Data;

/// <summary>Resolves VICIdial's alt_user: the first user (by name) whose custom_three equals it.</summary>
public sealed class AltUserDirectory(IDbContextFactory<PortalDbContext> contexts)
{
    public async Task<string?> FindAgentAsync(string altUser)
    {
        await using var db = await contexts.CreateDbContextAsync();
        return await db.Users.AsNoTracking()
            .Where(u => u.CustomThree == altUser)
            .OrderBy(u => u.UserName)
            .Select(u => u.UserName)
            .FirstOrDefaultAsync();
    }
}
