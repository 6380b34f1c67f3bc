namespace Portal.Infrastructure.Data;

using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

/// <summary>
/// A prepared INSERT, UPSERT or DELETE of one entity type's row, generated from the EF model (table, column names,
/// value converters), for the few writes that run thousands of times a second. Change tracking costs far more than
/// the statement itself; the model stays the single source of the schema. The SQL (named @p parameters, ON CONFLICT
/// … DO UPDATE with excluded) is the same on SQLite and PostgreSQL.
/// </summary>
internal sealed class RowStatement<T>
    where T : class
{
    private readonly Func<T, object?>[] _values;

    private RowStatement(string sql, List<Column> columns)
    {
        Sql = sql;
        _values = [.. columns.Select(c => c.Value)];
        BindsDirectlyToSqlite = columns.All(c => DirectlyBound.Contains(c.ProviderType));
    }

    // The types SqliteRowCommand binds, each as Microsoft.Data.Sqlite would.
    private static readonly HashSet<Type> DirectlyBound =
        [typeof(string), typeof(long), typeof(int), typeof(short), typeof(byte), typeof(bool), typeof(double), typeof(float)];

    public string Sql { get; }

    public int ParameterCount => _values.Length;

    /// <summary>
    /// Whether every value is one <see cref="SqliteRowCommand"/> binds (text, integer, real or null); otherwise
    /// the statement runs as a Microsoft.Data.Sqlite command, which binds more types.
    /// </summary>
    public bool BindsDirectlyToSqlite { get; }

    public static string ParameterName(int index) => $"@p{index}";

    /// <summary>The value of the statement's parameter <paramref name="index"/> for <paramref name="row"/>, as the database stores it.</summary>
    public object? ProviderValue(int index, T row) => _values[index](row);

    /// <summary>INSERT of every column but a store-generated key.</summary>
    public static RowStatement<T> Insert(IModel model)
    {
        var (table, columns) = Describe(model, includeGeneratedKey: false);
        return new RowStatement<T>(
            $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c.Name}\""))}) VALUES ({Parameters(columns.Count)});",
            columns);
    }

    /// <summary>INSERT, or UPDATE of every non-key column when the key exists.</summary>
    public static RowStatement<T> Upsert(IModel model)
    {
        var (table, columns) = Describe(model, includeGeneratedKey: true);
        var keys = columns.Where(c => c.IsKey).Select(c => $"\"{c.Name}\"").ToList();
        var updates = columns.Where(c => !c.IsKey).Select(c => $"\"{c.Name}\" = excluded.\"{c.Name}\"");
        return new RowStatement<T>(
            $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c.Name}\""))}) VALUES ({Parameters(columns.Count)}) "
            + $"ON CONFLICT ({string.Join(", ", keys)}) DO UPDATE SET {string.Join(", ", updates)};",
            columns);
    }

    /// <summary>DELETE by primary key.</summary>
    public static RowStatement<T> Delete(IModel model)
    {
        var (table, columns) = Describe(model, includeGeneratedKey: true);
        var keys = columns.Where(c => c.IsKey).ToList();
        var where = string.Join(" AND ", keys.Select((c, i) => $"\"{c.Name}\" = {ParameterName(i)}"));
        return new RowStatement<T>($"DELETE FROM \"{table}\" WHERE {where};", keys);
    }

    public DbCommand CreateCommand(DbConnection connection)
    {
        var command = connection.CreateCommand();
        command.CommandText = Sql;
        for (var i = 0; i < _values.Length; i++)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = ParameterName(i);
            command.Parameters.Add(parameter);
        }

        return command;
    }

    public Task<int> ExecuteAsync(DbCommand command, T row)
    {
        for (var i = 0; i < _values.Length; i++)
        {
            command.Parameters[i].Value = _values[i](row) ?? DBNull.Value;
        }

        return command.ExecuteNonQueryAsync();
    }

    /// <summary>Adds this statement for <paramref name="row"/> to <paramref name="batch"/> (sent in one round trip).</summary>
    public void AddTo(DbBatch batch, T row)
    {
        var command = batch.CreateBatchCommand();
        command.CommandText = Sql;
        for (var i = 0; i < _values.Length; i++)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = ParameterName(i);
            parameter.Value = _values[i](row) ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }

        batch.BatchCommands.Add(command);
    }

    private static string Parameters(int count) => string.Join(", ", Enumerable.Range(0, count).Select(ParameterName));

    private static (string Table, List<Column> Columns) Describe(IModel model, bool includeGeneratedKey)
    {
        var entity = model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var table = entity.GetTableName() ?? throw new InvalidOperationException($"{typeof(T).Name} has no table.");
        var store = StoreObjectIdentifier.Table(table, entity.GetSchema());
        var columns = new List<Column>();
        foreach (var property in entity.GetProperties())
        {
            var isKey = property.IsPrimaryKey();
            if (property.IsShadowProperty() || (isKey && !includeGeneratedKey && property.ValueGenerated != ValueGenerated.Never))
            {
                continue;
            }

            var getter = property.GetGetter();
            var mapping = property.GetTypeMapping();
            var converter = mapping.Converter;
            var providerType = converter?.ProviderClrType ?? mapping.ClrType;
            Func<T, object?> value = converter is null
                ? row => getter.GetClrValue(row)
                : row => getter.GetClrValue(row) is { } clr ? converter.ConvertToProvider(clr) : null;
            columns.Add(new Column(property.GetColumnName(store)!, isKey, value, Nullable.GetUnderlyingType(providerType) ?? providerType));
        }

        return (table, columns);
    }

    private sealed record Column(string Name, bool IsKey, Func<T, object?> Value, Type ProviderType);
}
