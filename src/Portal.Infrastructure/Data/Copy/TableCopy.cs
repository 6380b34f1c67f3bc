namespace Portal.Infrastructure.Data.Copy;

using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

/// <summary>
/// One table of the model on both databases, and how its rows move: read in key order from the source, inserted into
/// the target many rows per statement, keys as they are; then counted on both sides.
/// </summary>
internal sealed class TableCopy
{
    // PostgreSQL takes at most 65,535 parameters in one statement.
    private const int MaxParameters = 60_000;
    private const int MaxRowsPerStatement = 1_000;

    private readonly ColumnCopy[] _columns;
    private readonly string _select;
    private readonly string _sourceTable;
    private readonly string _insert;

    public TableCopy(ITable source, ITable target, ISqlGenerationHelper sourceSql, ISqlGenerationHelper targetSql)
    {
        Name = target.Name;
        _columns = [.. target.Columns.Select(c => new ColumnCopy(
            source.FindColumn(c.Name) ?? throw new DatabaseCopyException($"The source's table {source.Name} has no column {c.Name}."), c))];
        _sourceTable = sourceSql.DelimitIdentifier(source.Name, source.Schema);
        var keys = source.PrimaryKey?.Columns ?? source.Columns;
        _select = $"SELECT {ColumnList(sourceSql)} FROM {_sourceTable} ORDER BY {string.Join(", ", keys.Select(k => sourceSql.DelimitIdentifier(k.Name)))}";
        TargetTable = targetSql.DelimitIdentifier(target.Name, target.Schema);
        _insert = $"INSERT INTO {TargetTable} ({ColumnList(targetSql)}) VALUES ";
        GeneratedKeys = [.. (target.PrimaryKey?.Columns ?? []).Where(IsStoreGeneratedInteger).Select(c => c.Name)];
    }

    public string Name { get; }

    /// <summary>The table's name as the target's SQL spells it.</summary>
    public string TargetTable { get; }

    /// <summary>Integer key columns the database numbers (an identity column on PostgreSQL): their sequence follows the copied keys.</summary>
    public IReadOnlyList<string> GeneratedKeys { get; }

    public async Task<CopiedTable> CopyAsync(DbTransaction source, DbTransaction target, CancellationToken cancellationToken)
    {
        var rowsPerStatement = Math.Clamp(MaxParameters / _columns.Length, 1, MaxRowsPerStatement);
        var rows = new List<object?[]>(rowsPerStatement);
        await using (var select = Sql.Command(source, _select))
        await using (var reader = await select.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var row = new object?[_columns.Length];
                for (var i = 0; i < row.Length; i++)
                {
                    row[i] = _columns[i].Read(reader, i);
                }

                rows.Add(row);
                if (rows.Count == rowsPerStatement)
                {
                    await InsertAsync(target, rows, cancellationToken);
                    rows.Clear();
                }
            }
        }

        if (rows.Count > 0)
        {
            await InsertAsync(target, rows, cancellationToken);
        }

        return new CopiedTable(Name, await Sql.CountAsync(source, _sourceTable, cancellationToken), await Sql.CountAsync(target, TargetTable, cancellationToken));
    }

    private async Task InsertAsync(DbTransaction target, List<object?[]> rows, CancellationToken cancellationToken)
    {
        await using var insert = Sql.Command(target, "");
        var text = new StringBuilder(_insert);
        foreach (var row in rows)
        {
            text.Append(insert.Parameters.Count == 0 ? "(" : ", (");
            for (var i = 0; i < _columns.Length; i++)
            {
                insert.Parameters.Add(_columns[i].Parameter(insert, row[i]));
                text.Append(i == 0 ? "$" : ", $").Append(insert.Parameters.Count);
            }

            text.Append(')');
        }

        insert.CommandText = text.ToString();
        // Every full statement has the same text: prepared once per table, PostgreSQL parses and plans it once (150k leads
        // took a third of the time).
        await insert.PrepareAsync(cancellationToken);
        await insert.ExecuteNonQueryAsync(cancellationToken);
    }

    private string ColumnList(ISqlGenerationHelper sql) => string.Join(", ", _columns.Select(c => sql.DelimitIdentifier(c.Name)));

    private static bool IsStoreGeneratedInteger(IColumn column)
    {
        var type = Nullable.GetUnderlyingType(column.ProviderClrType) ?? column.ProviderClrType;
        return (type == typeof(int) || type == typeof(long) || type == typeof(short))
            && column.PropertyMappings.All(m => m.Property.ValueGenerated == ValueGenerated.OnAdd);
    }
}
