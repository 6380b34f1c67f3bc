namespace Portal.Infrastructure.Data.Copy;

using Microsoft.EntityFrameworkCore;

/// <summary>
/// The copy goes into an empty database only, so it never mixes two sites' rows or collides with a key: any of Portal's
/// tables that already exists there must have no rows. Checked before the target is migrated, so a refused copy
/// changes nothing.
/// </summary>
internal static class EmptyTarget
{
    public static async Task RequireAsync(PortalDbContext target, IEnumerable<TableCopy> tables, CancellationToken cancellationToken)
    {
        await target.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var transaction = await target.Database.GetDbConnection().BeginTransactionAsync(cancellationToken);
            foreach (var table in tables)
            {
                await using var exists = Sql.Command(transaction, $"SELECT to_regclass({Sql.Literal(table.TargetTable)}) IS NOT NULL");
                if (await exists.ExecuteScalarAsync(cancellationToken) is not true)
                {
                    continue;
                }

                var rows = await Sql.CountAsync(transaction, table.TargetTable, cancellationToken);
                if (rows > 0)
                {
                    throw new DatabaseCopyException(
                        $"The target database is not empty: table {table.Name} has {rows} row{(rows == 1 ? "" : "s")}. Copy into a new, empty database; nothing was copied.");
                }
            }
        }
        finally
        {
            await target.Database.CloseConnectionAsync();
        }
    }
}
