namespace Portal.Infrastructure.Data;

using System.Buffers;
using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;

/// <summary>
/// A <see cref="RowStatement{T}"/> prepared once on the writer's SQLite connection and run through SQLite's own API:
/// each value bound at its parameter's position, one step, a reset. A Microsoft.Data.Sqlite command does the same with a
/// data reader, a parameter looked up by name and a binder object per value on every run; on the command path (three
/// rows per API call) that cost more CPU than SQLite's own work. Values bind as Microsoft.Data.Sqlite binds them.
/// </summary>
internal sealed class SqliteRowCommand : IDisposable
{
    // Longer texts (an audit row's URL or data) are encoded in a rented buffer instead of on the stack.
    private const int StackTextBytes = 512;

    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _statement;
    private readonly int[] _positions;

    private SqliteRowCommand(sqlite3 db, sqlite3_stmt statement, int[] positions)
    {
        _db = db;
        _statement = statement;
        _positions = positions;
    }

    public static SqliteRowCommand Prepare<T>(SqliteConnection connection, RowStatement<T> statement)
        where T : class
    {
        var db = connection.Handle ?? throw new InvalidOperationException("The SQLite connection is not open.");
        SqliteException.ThrowExceptionForRC(raw.sqlite3_prepare_v2(db, statement.Sql, out var prepared), db);
        var positions = new int[statement.ParameterCount];
        for (var i = 0; i < positions.Length; i++)
        {
            positions[i] = raw.sqlite3_bind_parameter_index(prepared, RowStatement<T>.ParameterName(i));
        }

        return new SqliteRowCommand(db, prepared, positions);
    }

    /// <summary>Runs the statement once with <paramref name="values"/>' values (the writer's transaction is the connection's).</summary>
    public void Run<T>(RowStatement<T> values, T row)
        where T : class
    {
        // A bind that fails leaves the statement unstarted; the next run binds every value again.
        for (var i = 0; i < _positions.Length; i++)
        {
            Bind(_positions[i], values.ProviderValue(i, row));
        }

        Step(_db, _statement);
    }

    /// <summary>
    /// Runs a prepared statement that returns no rows, then resets it: done or failed, it lets go of what it touched
    /// (a run binds every value again).
    /// </summary>
    public static void Step(sqlite3 db, sqlite3_stmt statement)
    {
        try
        {
            var rc = raw.sqlite3_step(statement);
            if (rc != raw.SQLITE_DONE)
            {
                SqliteException.ThrowExceptionForRC(rc, db);
            }
        }
        finally
        {
            raw.sqlite3_reset(statement);
        }
    }

    public void Dispose() => _statement.Dispose();

    private void Bind(int position, object? value)
    {
        var rc = value switch
        {
            null => raw.sqlite3_bind_null(_statement, position),
            string text => BindText(position, text),
            long number => raw.sqlite3_bind_int64(_statement, position, number),
            int number => raw.sqlite3_bind_int64(_statement, position, number),
            short number => raw.sqlite3_bind_int64(_statement, position, number),
            byte number => raw.sqlite3_bind_int64(_statement, position, number),
            bool flag => raw.sqlite3_bind_int64(_statement, position, flag ? 1 : 0),
            double real => BindReal(position, real),
            float real => BindReal(position, real),
            _ => throw new InvalidOperationException($"A {value.GetType().Name} is not bound here; RowStatement should have used a command."),
        };
        SqliteException.ThrowExceptionForRC(rc, _db);
    }

    private int BindReal(int position, double real) => double.IsNaN(real)
        ? throw new InvalidOperationException("Cannot store 'NaN' values.")
        : raw.sqlite3_bind_double(_statement, position, real);

    // Zero-terminated, as Microsoft.Data.Sqlite passes a text (a length-only span of an empty text would reach SQLite as
    // a null pointer, stored as NULL).
    private int BindText(int position, string text)
    {
        var length = Encoding.UTF8.GetMaxByteCount(text.Length) + 1;
        if (length <= StackTextBytes)
        {
            Span<byte> buffer = stackalloc byte[StackTextBytes];
            var written = Encoding.UTF8.GetBytes(text, buffer);
            buffer[written] = 0;
            return raw.sqlite3_bind_text(_statement, position, utf8z.FromSpan(buffer[..(written + 1)]));
        }

        var rented = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            var written = Encoding.UTF8.GetBytes(text, rented);
            rented[written] = 0;
            return raw.sqlite3_bind_text(_statement, position, utf8z.FromSpan(rented.AsSpan(0, written + 1)));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }
}
