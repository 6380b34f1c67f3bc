namespace Portal.Infrastructure.Data.Copy;

using System.Data.Common;
using System.Reflection;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

/// <summary>
/// One column as each database stores it. A value is read as the source's type mapping stores it, turned back into the
/// model's value by the source's converter (SQLite's Unix milliseconds become a <see cref="DateTimeOffset"/>), and
/// written as a parameter of the target's type mapping, whose converter stores it PostgreSQL's way (timestamptz, text
/// without NUL): the same conversions EF applies when Portal itself reads and writes.
/// </summary>
internal sealed class ColumnCopy
{
    private static readonly MethodInfo ReadMethod = typeof(ColumnCopy).GetMethod(nameof(ReadAs), BindingFlags.NonPublic | BindingFlags.Static)!;

    private readonly Func<DbDataReader, int, object> _read;
    private readonly ValueConverter? _fromSource;
    private readonly RelationalTypeMapping _target;
    private readonly bool _nullable;

    public ColumnCopy(IColumn source, IColumn target)
    {
        Name = target.Name;
        var sourceMapping = source.PropertyMappings[0].TypeMapping;
        _fromSource = sourceMapping.Converter;
        var stored = _fromSource?.ProviderClrType ?? sourceMapping.ClrType;
        _read = ReadMethod.MakeGenericMethod(Nullable.GetUnderlyingType(stored) ?? stored).CreateDelegate<Func<DbDataReader, int, object>>();
        _target = target.PropertyMappings[0].TypeMapping;
        _nullable = target.IsNullable;
    }

    public string Name { get; }

    /// <summary>The model's value of this column in the reader's current row.</summary>
    public object? Read(DbDataReader reader, int ordinal)
    {
        if (reader.IsDBNull(ordinal))
        {
            return null;
        }

        var stored = _read(reader, ordinal);
        return _fromSource is null ? stored : _fromSource.ConvertFromProvider(stored);
    }

    /// <summary>A positional parameter (<c>$n</c>) holding <paramref name="value"/> as the target stores it.</summary>
    public DbParameter Parameter(DbCommand command, object? value) => _target.CreateParameter(command, "", value, _nullable);

    private static object ReadAs<T>(DbDataReader reader, int ordinal) => reader.GetFieldValue<T>(ordinal)!;
}
