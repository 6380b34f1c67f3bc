namespace Portal.Infrastructure.Data.Copy;

using System.Data.Common;

/// <summary>
/// The copy keeps every key as it was, which PostgreSQL's identity columns do not notice: their sequences are moved on
/// to the largest copied key (or back to 1 for an empty table), so the next row Portal adds gets a fresh id.
/// </summary>
internal static class IdentitySequences
{
    public static async Task ResetAsync(DbTransaction target, IEnumerable<TableCopy> tables, CancellationToken cancellationToken)
    {
        foreach (var table in tables)
        {
            foreach (var key in table.GeneratedKeys)
            {
                var column = $"\"{key.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
                // pg_get_serial_sequence is null for a column without a sequence, and setval of null does nothing.
                await using var reset = Sql.Command(target,
                    $"SELECT setval(pg_get_serial_sequence({Sql.Literal(table.TargetTable)}, {Sql.Literal(key)}), " +
                    $"COALESCE(MAX({column}), 1), MAX({column}) IS NOT NULL) FROM {table.TargetTable}");
                await reset.ExecuteNonQueryAsync(cancellationToken);
            }
        }
    }
}
