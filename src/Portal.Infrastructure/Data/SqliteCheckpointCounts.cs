namespace Portal.Infrastructure.Data;

/// <summary>How many checkpoints of each kind the background checkpointer has run (written by its one thread).</summary>
public sealed class SqliteCheckpointCounts
{
    public int Passive { get; internal set; }

    public int CatchUps { get; internal set; }

    public int Truncates { get; internal set; }
}
