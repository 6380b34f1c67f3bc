namespace Portal.Infrastructure.Data;

using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// The one connection the high-rate writes share (session changes and audit rows through <see cref="GroupCommit"/>, audit
/// rows kept through an outage, maintenance), on SQLite or PostgreSQL. SQLite allows one
/// writer at a time; taking turns here, in-process (<see cref="WriterTurns"/>), costs nothing, whereas two connections
/// racing for the lock make one of them wait in SQLite's busy handler (or in Microsoft.Data.Sqlite's retry sleep); on
/// PostgreSQL one connection in turns keeps the order of an agent's rows and batches them into few commits. Statements
/// stay prepared on the kept-open connection. On SQLite a commit here never checkpoints (<see cref="SqlitePragmas"/>):
/// <see cref="SqliteCheckpointer"/> does that on its own connection, so no write waits for an fsync.
/// </summary>
public sealed class SharedWriter(IDbContextFactory<PortalDbContext> contexts, WriterTurns turns) : IDisposable
{
    private readonly Dictionary<object, DbCommand> _commands = [];
    private readonly Dictionary<object, SqliteRowCommand> _sqliteCommands = [];
    private DbConnection? _connection;
    private SqliteTransactionStatements? _sqliteTransactions;

    /// <summary>
    /// Runs <paramref name="write"/> in one IMMEDIATE transaction and commits it; rolls back if it throws. When the
    /// task completes the transaction is committed: in the WAL, durable across a crash of the process.
    /// </summary>
    public async Task WriteAsync(Func<WriteTurn, Task> write, WriteLane lane = WriteLane.Commands)
    {
        await turns.EnterAsync(lane);
        try
        {
            var connection = await OpenAsync();
            if (_sqliteTransactions is { } sqlite)
            {
                await WriteInSqliteTransactionAsync(sqlite, connection, write);
            }
            else
            {
                await WriteInTransactionAsync(connection, write);
            }
        }
        catch (Exception e) when (e is DbException || DatabaseOutage.Caused(e))
        {
            // The connection may be broken (file replaced, disk error): start afresh next time.
            Reset();
            throw;
        }
        finally
        {
            turns.Leave();
        }
    }

    private async Task WriteInTransactionAsync(DbConnection connection, Func<WriteTurn, Task> write)
    {
        await using var transaction = await connection.BeginTransactionAsync();
        try
        {
            var turn = new WriteTurn(this, connection, transaction);
            await write(turn);
            await turn.FlushAsync();
            await transaction.CommitAsync();
        }
        catch (Exception failure)
        {
            await RollBackAsync(transaction, failure);
            throw;
        }
    }

    // The connection's transaction without a DbTransaction object: commands run on the connection, an EF context
    // writes without a transaction of its own (WriteTurn.ContextAsync).
    private async Task WriteInSqliteTransactionAsync(SqliteTransactionStatements sqlite, DbConnection connection, Func<WriteTurn, Task> write)
    {
        sqlite.Begin();
        try
        {
            var turn = new WriteTurn(this, connection, transaction: null);
            await write(turn);
            await turn.FlushAsync();
            sqlite.Commit();
        }
        catch (Exception failure)
        {
            try
            {
                sqlite.RollBack();
            }
            catch (Exception) when (DatabaseOutage.Caused(failure))
            {
            }

            throw;
        }
    }

    public void Dispose() => Reset();

    /// <summary>
    /// Rolls back after <paramref name="failure"/>; on a connection the failure broke (the database went away) the
    /// rollback cannot run and is not needed (the server drops an unfinished transaction), and it must not hide why.
    /// </summary>
    private static async Task RollBackAsync(DbTransaction transaction, Exception failure)
    {
        try
        {
            await transaction.RollbackAsync();
        }
        catch (Exception) when (DatabaseOutage.Caused(failure) || transaction.Connection is not { State: System.Data.ConnectionState.Open })
        {
        }
    }

    internal DbCommand Command<T>(RowStatement<T> statement, DbTransaction? transaction)
        where T : class
    {
        if (!_commands.TryGetValue(statement, out var command))
        {
            command = statement.CreateCommand(_connection!);
            _commands[statement] = command;
        }

        command.Transaction = transaction;
        return command;
    }

    /// <summary>
    /// <paramref name="statement"/> prepared on the open SQLite connection, or null when it runs as a command (another
    /// provider, or a value type only Microsoft.Data.Sqlite binds).
    /// </summary>
    internal SqliteRowCommand? SqliteCommand<T>(RowStatement<T> statement)
        where T : class
    {
        if (_connection is not SqliteConnection sqlite || !statement.BindsDirectlyToSqlite)
        {
            return null;
        }

        if (!_sqliteCommands.TryGetValue(statement, out var command))
        {
            command = SqliteRowCommand.Prepare(sqlite, statement);
            _sqliteCommands[statement] = command;
        }

        return command;
    }

    /// <summary>A DbContext on the writer's connection and transaction, for the rarer writes that need EF.</summary>
    internal async Task<PortalDbContext> ContextAsync(DbConnection connection, DbTransaction? transaction)
    {
        var db = await contexts.CreateDbContextAsync();
        db.Database.SetDbConnection(connection, contextOwnsConnection: false);
        if (transaction is null)
        {
            // Inside the connection's own SQLite transaction: SaveChanges must not begin one.
            db.Database.AutoTransactionBehavior = AutoTransactionBehavior.Never;
        }
        else
        {
            await db.Database.UseTransactionAsync(transaction);
        }

        return db;
    }

    private async Task<DbConnection> OpenAsync()
    {
        if (_connection is { State: System.Data.ConnectionState.Open } open)
        {
            return open;
        }

        Reset();
        DbConnection connection;
        bool sqlite;
        await using (var db = await contexts.CreateDbContextAsync())
        {
            // A connection of the provider's own type (SqliteConnection, NpgsqlConnection), owned by the writer.
            connection = DbProviderFactories.GetFactory(db.Database.GetDbConnection())!.CreateConnection()!;
            connection.ConnectionString = db.Database.GetConnectionString();
            sqlite = db.Database.IsSqlite();
        }

        await connection.OpenAsync();
        if (sqlite)
        {
            await using (var pragmas = connection.CreateCommand())
            {
                pragmas.CommandText = SqlitePragmas.Text;
                await pragmas.ExecuteNonQueryAsync();
            }

            _sqliteTransactions = new SqliteTransactionStatements((SqliteConnection)connection);
        }

        _connection = connection;
        return connection;
    }

    private void Reset()
    {
        foreach (var command in _commands.Values)
        {
            command.Dispose();
        }

        _commands.Clear();

        // Finalized before their connection closes.
        foreach (var command in _sqliteCommands.Values)
        {
            command.Dispose();
        }

        _sqliteCommands.Clear();
        _sqliteTransactions?.Dispose();
        _sqliteTransactions = null;
        _connection?.Dispose();
        _connection = null;
    }
}
