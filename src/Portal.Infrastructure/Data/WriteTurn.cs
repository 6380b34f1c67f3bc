namespace Portal.Infrastructure.Data;

using System.Data.Common;

/// <summary>One writer's turn on the shared connection: run prepared row statements, or EF for the rarer writes.</summary>
public sealed class WriteTurn
{
    private readonly SharedWriter _writer;
    private readonly DbConnection _connection;
    private readonly DbTransaction _transaction;

    internal WriteTurn(SharedWriter writer, DbConnection connection, DbTransaction transaction)
    {
        _writer = writer;
        _connection = connection;
        _transaction = transaction;
    }

    internal Task<int> RunAsync<T>(RowStatement<T> statement, T row)
        where T : class =>
        statement.ExecuteAsync(_writer.Command(statement, _transaction), row);

    /// <summary>Whether a command waits for the writer: a background write should commit what it has and let it go first.</summary>
    public bool CommandsWaiting => _writer.CommandsWaiting;

    /// <summary>A DbContext inside this turn's transaction; SaveChanges writes but only the turn commits.</summary>
    internal Task<PortalDbContext> ContextAsync() => _writer.ContextAsync(_connection, _transaction);
}
