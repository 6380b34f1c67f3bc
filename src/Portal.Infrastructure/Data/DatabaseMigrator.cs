namespace Portal.Infrastructure.Data;

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;

/// <summary>Brings a Portal database up to date, on either provider: Portal at start-up and the copy into PostgreSQL share it.</summary>
public static class DatabaseMigrator
{
    public static async Task MigrateAsync(PortalDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (db.Database.IsSqlite())
        {
            // WAL lets screens and reports read while sessions write; the mode is stored in the database file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
        else
        {
            // EF would otherwise log the failed look-up of a history table that is not there yet as an error.
            await CreatePostgresDatabaseIfMissingAsync(db, cancellationToken);
            await db.GetService<IHistoryRepository>().CreateIfNotExistsAsync(cancellationToken);
        }

        await db.Database.MigrateAsync(cancellationToken);
    }

    /// <summary>Creates the PostgreSQL database when the server has none of that name (the role needs CREATEDB then).</summary>
    public static async Task CreatePostgresDatabaseIfMissingAsync(PortalDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var creator = db.GetService<IRelationalDatabaseCreator>();
        if (!await creator.ExistsAsync(cancellationToken))
        {
            await creator.CreateAsync(cancellationToken);
        }
    }
}
