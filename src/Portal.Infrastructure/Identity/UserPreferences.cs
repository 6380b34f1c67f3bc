namespace Portal.Infrastructure.Identity;

using Microsoft.EntityFrameworkCore;
using Portal.Infrastructure.Data;

/// <summary>How a user likes the screens (theme, language), stored with the user so it follows them to any browser.</summary>
public sealed class UserPreferences(IDbContextFactory<PortalDbContext> contexts)
{
    /// <summary>The languages the screens are translated into; the first is the default.</summary>
    public static readonly IReadOnlyList<string> Languages = ["en", "es"];

    public async Task<UserPreference> GetAsync(string userName, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Users.AsNoTracking().Where(u => u.UserName == userName)
            .Select(u => new UserPreference(u.DarkTheme, u.Language))
            .SingleOrDefaultAsync(cancellationToken) ?? new UserPreference(false, null);
    }

    public async Task SetDarkThemeAsync(string userName, bool dark, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Users.Where(u => u.UserName == userName)
            .ExecuteUpdateAsync(u => u.SetProperty(x => x.DarkTheme, dark), cancellationToken);
    }

    /// <summary>Stores a supported language, or null to follow the browser; anything else is refused.</summary>
    public async Task<bool> SetLanguageAsync(string userName, string? language, CancellationToken cancellationToken = default)
    {
        if (language is not null && !Languages.Contains(language))
        {
            return false;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Users.Where(u => u.UserName == userName)
            .ExecuteUpdateAsync(u => u.SetProperty(x => x.Language, language), cancellationToken);
        return true;
    }
}
