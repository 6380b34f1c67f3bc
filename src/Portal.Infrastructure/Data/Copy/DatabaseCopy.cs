namespace Portal.Infrastructure.Data.Copy;

using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// Moves a site from SQLite to PostgreSQL: every table of Portal's model (users with their password hashes, catalogue,
/// leads, callbacks, logs, live sessions, webhooks…) from an existing SQLite file, opened read-only, into an empty
/// PostgreSQL database, which is created if missing and migrated with PostgreSQL's own migrations. Rows keep their keys;
/// identity sequences follow. The rows go in one transaction, and every table's row count is compared with the
/// source's before it commits, so a copy that fails or does not add up leaves the target without rows.
/// </summary>
public static class DatabaseCopy
{
    public static async Task<IReadOnlyList<CopiedTable>> RunAsync(
        string sqliteConnectionString, string postgresConnectionString, Action<CopiedTable>? tableCopied = null, CancellationToken cancellationToken = default)
    {
        var sourceConnectionString = ReadOnlySqlite.ConnectionString(sqliteConnectionString);
        if (await DatabaseProbe.PostgresProblemAsync(postgresConnectionString, cancellationToken) is { } problem)
        {
            throw new DatabaseCopyException($"The target {problem}.");
        }

        await using var source = Context(PortalDatabase.Sqlite, sourceConnectionString);
        await using var target = Context(PortalDatabase.Postgres, postgresConnectionString);
        await SourceVersion.RequireCurrentAsync(source, cancellationToken);
        var tables = CopyPlan.Tables(source, target);
        await DatabaseMigrator.CreatePostgresDatabaseIfMissingAsync(target, cancellationToken);
        await EmptyTarget.RequireAsync(target, tables, cancellationToken);
        await DatabaseMigrator.MigrateAsync(target, cancellationToken);
        return await CopyRowsAsync(source, target, tables, tableCopied, cancellationToken);
    }

    private static async Task<IReadOnlyList<CopiedTable>> CopyRowsAsync(
        PortalDbContext source, PortalDbContext target, IReadOnlyList<TableCopy> tables, Action<CopiedTable>? tableCopied, CancellationToken cancellationToken)
    {
        await source.Database.OpenConnectionAsync(cancellationToken);
        await target.Database.OpenConnectionAsync(cancellationToken);
        // One snapshot of the source (a deferred transaction only reads), one transaction on the target.
        await using var snapshot = ((SqliteConnection)source.Database.GetDbConnection()).BeginTransaction(deferred: true);
        await using var transaction = await target.Database.GetDbConnection().BeginTransactionAsync(cancellationToken);
        var copied = new List<CopiedTable>(tables.Count);
        foreach (var table in tables)
        {
            var result = await CopyTableAsync(table, snapshot, transaction, cancellationToken);
            copied.Add(result);
            tableCopied?.Invoke(result);
        }

        await IdentitySequences.ResetAsync(transaction, tables, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return copied;
    }

    private static async Task<CopiedTable> CopyTableAsync(
        TableCopy table, SqliteTransaction snapshot, DbTransaction transaction, CancellationToken cancellationToken)
    {
        CopiedTable result;
        try
        {
            result = await table.CopyAsync(snapshot, transaction, cancellationToken);
        }
        catch (Exception ex) when (ex is not (DatabaseCopyException or OperationCanceledException))
        {
            throw new DatabaseCopyException($"Copying table {table.Name} failed, nothing was copied: {ex.Message}", ex);
        }

        return result.SourceRows == result.TargetRows
            ? result
            : throw new DatabaseCopyException(
                $"Table {table.Name} has {result.SourceRows} rows in the source but {result.TargetRows} in the target; nothing was copied.");
    }

    private static PortalDbContext Context(string provider, string connectionString)
    {
        var options = new DbContextOptionsBuilder<PortalDbContext>();
        options.UsePortalDatabase(provider, connectionString);
        return new PortalDbContext(options.Options);
    }
}
