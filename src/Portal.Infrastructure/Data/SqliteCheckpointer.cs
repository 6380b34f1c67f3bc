namespace Portal.Infrastructure.Data;

using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

/// <summary>
/// Copies the WAL into the database file off the write path, on its own connection and thread, so the fsyncs that a
/// checkpoint needs never hold up a commit. While the database changes: a PASSIVE checkpoint every interval (it takes no
/// lock writers need). When the WAL outgrows its bound (writes that never pause keep it from starting over): one more
/// PASSIVE with the writer's turn held, which lets the next commit restart the WAL from its beginning. When idle: a
/// TRUNCATE, which gives the disk space back.
/// </summary>
public sealed partial class SqliteCheckpointer(
    IDbContextFactory<PortalDbContext> contexts,
    WriterTurns turns,
    IOptions<SqliteCheckpointOptions> options,
    TimeProvider time,
    ILogger<SqliteCheckpointer> logger) : BackgroundService
{
    /// <summary>After a catch-up that could not finish (a long reader pins old frames), do not hold writes again for this long.</summary>
    private static readonly TimeSpan CatchUpBackoff = TimeSpan.FromSeconds(10);

    private SqliteConnection? _connection;
    private long _limitFrames;

    /// <summary>Checkpoints run so far, by kind (for tests and diagnostics).</summary>
    public SqliteCheckpointCounts Counts { get; } = new();

    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        // A thread of its own: a checkpoint blocks in fsync for as long as the disk takes, and must not hold a pool thread.
        var thread = new Thread(() =>
        {
            try
            {
                Run(stoppingToken);
                done.SetResult();
            }
            catch (Exception ex)
            {
                done.SetException(ex);
            }
        })
        {
            IsBackground = true,
            Name = "sqlite-checkpoint",
        };
        thread.Start();
        return done.Task;
    }

    public override void Dispose()
    {
        _connection?.Dispose();
        base.Dispose();
    }

    private void Run(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        var interval = TimeSpan.FromMilliseconds(Math.Max(10, settings.IntervalMilliseconds));
        var idleAfter = TimeSpan.FromSeconds(Math.Max(0, settings.IdleSeconds));
        long? seenVersion = null;
        var lastChange = time.GetTimestamp();
        var truncated = false;
        var nextCatchUp = 0L;
        while (!stoppingToken.WaitHandle.WaitOne(interval))
        {
            try
            {
                if (Open() is not { } connection)
                {
                    return;
                }

                var version = Scalar(connection, "PRAGMA data_version;");
                if (version != seenVersion)
                {
                    seenVersion = version;
                    lastChange = time.GetTimestamp();
                    truncated = false;
                    var passive = Checkpoint(connection, "PASSIVE");
                    Counts.Passive++;
                    if (passive.WalFrames >= _limitFrames && time.GetTimestamp() >= nextCatchUp)
                    {
                        nextCatchUp = CatchUp(connection, passive) ? 0 : time.GetTimestamp() + (long)(CatchUpBackoff.TotalSeconds * time.TimestampFrequency);
                    }
                }
                else if (!truncated && time.GetElapsedTime(lastChange) >= idleAfter)
                {
                    truncated = Truncate(connection);
                }
            }
            catch (SqliteException ex)
            {
                // A checkpoint that fails leaves the database as it was; try again on a fresh connection next time.
                LogCheckpointFailed(ex);
                _connection?.Dispose();
                _connection = null;
            }
        }
    }

    /// <summary>The WAL is past its bound: hold the writer's turn for a PASSIVE of the frames written since the last one.</summary>
    private bool CatchUp(SqliteConnection connection, WalState before)
    {
        var started = time.GetTimestamp();
        turns.EnterAsync(WriteLane.Commands).GetAwaiter().GetResult();
        WalState after;
        try
        {
            after = Checkpoint(connection, "PASSIVE");
        }
        finally
        {
            turns.Leave();
        }

        Counts.CatchUps++;
        var caughtUp = after.CheckpointedFrames == after.WalFrames;
        LogCatchUp(before.WalFrames, _limitFrames, time.GetElapsedTime(started).TotalMilliseconds, caughtUp);
        return caughtUp;
    }

    /// <summary>
    /// Idle: truncate the WAL to zero bytes. The last PASSIVE copied every frame already, so this only takes locks and
    /// truncates; it does so in the writer's turn and without waiting on SQLite's busy handler, so it never stalls a
    /// command. Busy (a reader still on the WAL): false, and it is tried again on the next tick.
    /// </summary>
    private bool Truncate(SqliteConnection connection)
    {
        var passive = Checkpoint(connection, "PASSIVE");
        if (passive.CheckpointedFrames != passive.WalFrames)
        {
            return false; // A reader still holds frames back; copying them in the writer's turn would stall commands.
        }

        turns.EnterAsync(WriteLane.Commands).GetAwaiter().GetResult();
        try
        {
            var truncate = Checkpoint(connection, "TRUNCATE");
            if (truncate.Busy)
            {
                return false;
            }
        }
        finally
        {
            turns.Leave();
        }

        Counts.Truncates++;
        return true;
    }

    private SqliteConnection? Open()
    {
        if (_connection is { State: System.Data.ConnectionState.Open } open)
        {
            return open;
        }

        string connectionString;
        using (var db = contexts.CreateDbContext())
        {
            connectionString = db.Database.GetConnectionString()!;
        }

        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (string.IsNullOrEmpty(builder.DataSource) || builder.DataSource == ":memory:" || builder.Mode == SqliteOpenMode.Memory)
        {
            return null; // An in-memory database has no WAL.
        }

        var connection = new SqliteConnection(connectionString);
        connection.Open();
        using (var pragmas = connection.CreateCommand())
        {
            // Never wait in SQLite's busy handler: a busy TRUNCATE is simply tried again on the next tick.
            pragmas.CommandText = SqlitePragmas.Text + " PRAGMA busy_timeout=0;";
            pragmas.ExecuteNonQuery();
        }

        var frameBytes = Scalar(connection, "PRAGMA page_size;") + 24;
        _limitFrames = Math.Max(1, (long)Math.Max(1, options.Value.WalLimitMegabytes) * 1024 * 1024 / frameBytes);
        _connection = connection;
        return connection;
    }

    private static WalState Checkpoint(SqliteConnection connection, string mode)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA wal_checkpoint({mode});";
        using var reader = command.ExecuteReader();
        reader.Read();
        return new WalState(reader.GetInt64(0) != 0, reader.GetInt64(1), reader.GetInt64(2));
    }

    private static long Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A WAL checkpoint failed; retrying on a new connection")]
    private partial void LogCheckpointFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Debug,
        Message = "The WAL reached {Frames} frames (bound {Limit}) under writes that never paused; writes were held {Milliseconds:0} ms for it to start over (caught up: {CaughtUp})")]
    private partial void LogCatchUp(long frames, long limit, double milliseconds, bool caughtUp);

    /// <summary>One checkpoint's answer: busy, frames in the WAL (-1 when not in WAL mode) and frames copied.</summary>
    private readonly record struct WalState(bool Busy, long WalFrames, long CheckpointedFrames);
}
