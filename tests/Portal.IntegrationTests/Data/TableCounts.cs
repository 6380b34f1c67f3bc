namespace Portal.IntegrationTests.Data;

using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

/// <summary>
/// Rows per table as each database's own catalogue lists its tables (not Portal's model): what a copy must have moved.
/// EF's migration bookkeeping tables are left out; each database keeps its own.
/// </summary>
internal static class TableCounts
{
    public static async Task<SortedDictionary<string, long>> OfSqliteAsync(string path)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        return await CountAsync(connection, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%'");
    }

    public static async Task<SortedDictionary<string, long>> OfPostgresAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        return await CountAsync(connection, "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'");
    }

    private static async Task<SortedDictionary<string, long>> CountAsync(DbConnection connection, string listTables)
    {
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = listTables;
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var table in tables.Where(t => !t.StartsWith("__EF", StringComparison.Ordinal)))
        {
            await using var count = connection.CreateCommand();
            count.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
            counts[table] = Convert.ToInt64(await count.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
        }

        return counts;
    }
}
