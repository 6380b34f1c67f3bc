namespace Portal.Infrastructure.Data.Copy;

using System.Data.Common;

/// <summary>Plain commands on the copy's own connections, each inside that connection's transaction.</summary>
internal static class Sql
{
    public static DbCommand Command(DbTransaction transaction, string text)
    {
        var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = text;
        command.CommandTimeout = 0;
        return command;
    }

    public static async Task<long> CountAsync(DbTransaction transaction, string table, CancellationToken cancellationToken)
    {
        await using var count = Command(transaction, $"SELECT COUNT(*) FROM {table}");
        return Convert.ToInt64(await count.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Text as an SQL string literal.</summary>
    public static string Literal(string text) => $"'{text.Replace("'", "''", StringComparison.Ordinal)}'";
}
