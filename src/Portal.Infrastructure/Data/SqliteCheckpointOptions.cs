namespace Portal.Infrastructure.Data;

/// <summary>The <c>Sqlite:Checkpoints</c> section: when the background checkpointer copies the WAL into the database.</summary>
public sealed class SqliteCheckpointOptions
{
    public const string Section = "Sqlite:Checkpoints";

    /// <summary>How often a PASSIVE checkpoint runs while the database changes; also the power-loss window.</summary>
    public int IntervalMilliseconds { get; set; } = 1000;

    /// <summary>After this long without a commit the WAL file is truncated to zero bytes.</summary>
    public int IdleSeconds { get; set; } = 2;

    /// <summary>
    /// The WAL's bound. Under writes that never pause, PASSIVE checkpoints cannot let the WAL start over; past this size
    /// writes are held for one checkpoint of the WAL's tail (the frames since the last PASSIVE) so that it does. Small on
    /// purpose, as SQLite's own 1000-page default: in the bench a WAL file that kept growing (16 MB, 128 MB) cost more
    /// CPU and latency per call than these holds.
    /// </summary>
    public int WalLimitMegabytes { get; set; } = 4;
}
