namespace Portal.Infrastructure.Data;

using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

/// <summary>
/// Per-connection SQLite settings: wait for a busy writer instead of failing; in WAL mode sync at checkpoints rather
/// than on every commit (NORMAL: a commit is durable across a crash of the application; on power loss or an OS crash the
/// transactions since the last checkpoint can be lost, never the database's consistency); and never checkpoint on
/// commit (wal_autocheckpoint=0), which would make the committing writer wait for fsyncs: the background
/// <see cref="SqliteCheckpointer"/> checkpoints instead.
/// </summary>
internal sealed class SqlitePragmas : DbConnectionInterceptor
{
    internal const string Text = "PRAGMA busy_timeout=5000; PRAGMA synchronous=NORMAL; PRAGMA wal_autocheckpoint=0;";

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
