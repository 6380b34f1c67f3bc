namespace Portal.Infrastructure.Data;

using Microsoft.Data.Sqlite;
using SQLitePCL;

/// <summary>
/// BEGIN IMMEDIATE, COMMIT and ROLLBACK prepared once on the writer's SQLite connection. A Microsoft.Data.Sqlite
/// transaction prepares its BEGIN and COMMIT afresh each time and registers a rollback hook (a handle the finalizer
/// frees): per transaction, work the writer's small group commits, several per API call under load, do not need. The
/// transaction is the same IMMEDIATE one (<see cref="SqliteConnection.BeginTransaction()"/>'s default).
/// </summary>
internal sealed class SqliteTransactionStatements : IDisposable
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _begin;
    private readonly sqlite3_stmt _commit;
    private readonly sqlite3_stmt _rollback;

    public SqliteTransactionStatements(SqliteConnection connection)
    {
        _db = connection.Handle ?? throw new InvalidOperationException("The SQLite connection is not open.");
        _begin = Prepared("BEGIN IMMEDIATE;");
        _commit = Prepared("COMMIT;");
        _rollback = Prepared("ROLLBACK;");
    }

    public void Begin() => Run(_begin);

    public void Commit() => Run(_commit);

    /// <summary>Rolls back the open transaction, if SQLite has not already (it does on some I/O and disk-full errors).</summary>
    public void RollBack()
    {
        if (raw.sqlite3_get_autocommit(_db) == 0)
        {
            Run(_rollback);
        }
    }

    public void Dispose()
    {
        _begin.Dispose();
        _commit.Dispose();
        _rollback.Dispose();
    }

    private sqlite3_stmt Prepared(string sql)
    {
        SqliteException.ThrowExceptionForRC(raw.sqlite3_prepare_v2(_db, sql, out var statement), _db);
        return statement;
    }

    private void Run(sqlite3_stmt statement) => SqliteRowCommand.Step(_db, statement);
}
