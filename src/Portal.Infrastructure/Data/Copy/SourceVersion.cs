namespace Portal.Infrastructure.Data.Copy;

using Microsoft.EntityFrameworkCore;

/// <summary>
/// The source must be a Portal database at this Portal's schema (its SQLite migrations all applied, none unknown):
/// only then do its tables and columns match the model the copy reads them with.
/// </summary>
internal static class SourceVersion
{
    public static async Task RequireCurrentAsync(PortalDbContext source, CancellationToken cancellationToken)
    {
        var known = source.Database.GetMigrations().ToList();
        var applied = (await source.Database.GetAppliedMigrationsAsync(cancellationToken)).ToList();
        if (applied.Count == 0)
        {
            throw new DatabaseCopyException("The source is not a Portal database (it has no migrations history).");
        }

        if (applied.Except(known).FirstOrDefault() is { } unknown)
        {
            throw new DatabaseCopyException($"The source database was written by a newer Portal (migration {unknown}); copy it with that version.");
        }

        if (known.Except(applied).ToList() is { Count: > 0 } pending)
        {
            throw new DatabaseCopyException(
                $"The source database lacks {pending.Count} of this Portal's migrations: start this Portal on it once (it migrates at start), stop it, then copy.");
        }
    }
}
