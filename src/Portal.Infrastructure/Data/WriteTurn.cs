namespace Portal.Infrastructure.Data;

using System.Data.Common;

/// <summary>
/// One writer's turn on the shared connection: run prepared row statements, or EF for the rarer writes. Where the
/// provider sends many statements in one round trip (PostgreSQL; <see cref="DbConnection.CanCreateBatch"/>), the turn
/// gathers its row statements in one batch, sent before anything reads (EF) and before the commit, so a turn of a
/// hundred session changes costs one round trip to the server instead of two hundred. SQLite runs in-process: each
/// statement runs at once, prepared.
/// </summary>
public sealed class WriteTurn
{
    /// <summary>Statements per round trip at most; a larger turn sends several.</summary>
    internal const int MaxBatchStatements = 1000;

    private readonly SharedWriter _writer;
    private readonly DbConnection _connection;
    private readonly DbTransaction? _transaction;
    private DbBatch? _batch;

    internal WriteTurn(SharedWriter writer, DbConnection connection, DbTransaction? transaction)
    {
        _writer = writer;
        _connection = connection;
        _transaction = transaction;
    }

    internal async Task RunAsync<T>(RowStatement<T> statement, T row)
        where T : class
    {
        if (_writer.SqliteCommand(statement) is { } prepared)
        {
            prepared.Run(statement, row);
            return;
        }

        if (!_connection.CanCreateBatch)
        {
            await statement.ExecuteAsync(_writer.Command(statement, _transaction), row);
            return;
        }

        _batch ??= NewBatch();
        statement.AddTo(_batch, row);
        if (_batch.BatchCommands.Count >= MaxBatchStatements)
        {
            await FlushAsync();
        }
    }

    /// <summary>A DbContext inside this turn's transaction; SaveChanges writes but only the turn commits.</summary>
    internal async Task<PortalDbContext> ContextAsync()
    {
        await FlushAsync();
        return await _writer.ContextAsync(_connection, _transaction);
    }

    /// <summary>Sends the statements gathered so far (the writer calls it before it commits).</summary>
    internal async Task FlushAsync()
    {
        if (_batch is not { BatchCommands.Count: > 0 } batch)
        {
            return;
        }

        _batch = null;
        await using (batch)
        {
            await batch.ExecuteNonQueryAsync();
        }
    }

    private DbBatch NewBatch()
    {
        var batch = _connection.CreateBatch();
        batch.Transaction = _transaction;
        return batch;
    }
}
