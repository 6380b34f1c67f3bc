namespace Portal.Infrastructure.Data;

using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

/// <summary>
/// Per-connection SQLite settings: wait for a busy writer instead of failing, and in WAL mode sync at checkpoints
/// rather than on every commit (NORMAL: durable across an application crash; the last transactions can be lost only
/// if the whole machine loses power).
/// </summary>
internal sealed class SqlitePragmas : DbConnectionInterceptor
{
    internal const string Text = "PRAGMA busy_timeout=5000; PRAGMA synchronous=NORMAL;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    /// <summary>
    /// Not cancellable on purpose: the pragmas take microseconds, and a cancellation here (a background service
    /// stopping) would surface as a connection error in the log.
    /// </summary>
    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private static void Apply(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Text;
        command.ExecuteNonQuery();
    }
}
