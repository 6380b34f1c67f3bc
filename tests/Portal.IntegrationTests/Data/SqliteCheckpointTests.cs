namespace Portal.IntegrationTests.Data;

using Microsoft.Extensions.DependencyInjection;
using Portal.Infrastructure.Audit;
using Portal.Infrastructure.Data;

/// <summary>
/// Commits never checkpoint (that would put fsyncs on the command path); the background checkpointer does, and gives
/// the WAL's disk space back once writes stop.
/// </summary>
[Trait("Database", "Sqlite")]
public sealed class SqliteCheckpointTests
{
    private const int Writes = 3000;

    [Fact]
    public async Task Commits_leave_the_wal_to_the_background_checkpointer()
    {
        // The checkpointer is as good as off: its first tick is an hour away.
        using var factory = new TunedPortalFactory(("Sqlite:Checkpoints:IntervalMilliseconds", "3600000"));
        var before = WalBytes(factory);
        await WriteManySmallTransactionsAsync(factory);

        // SQLite's automatic checkpoint (every 1000 pages) would have restarted the WAL over and over, reusing its space.
        var grown = WalBytes(factory) - before;
        Assert.True(grown > 2_000L * 4096, $"the WAL grew by {grown} bytes");
        Assert.Equal(0, factory.Services.GetRequiredService<SqliteCheckpointer>().Counts.Passive);
    }

    [Fact]
    public async Task Once_writes_stop_the_checkpointer_copies_the_wal_and_truncates_it()
    {
        using var factory = new TunedPortalFactory(
            ("Sqlite:Checkpoints:IntervalMilliseconds", "50"), ("Sqlite:Checkpoints:IdleSeconds", "0"));
        await WriteManySmallTransactionsAsync(factory);
        var checkpointer = factory.Services.GetRequiredService<SqliteCheckpointer>();

        await Eventually.UntilAsync(
            () => Task.FromResult((checkpointer.Counts.Truncates, Wal: WalBytes(factory))),
            r => r.Truncates > 0 && r.Wal == 0,
            "a TRUNCATE checkpoint leaving an empty WAL");

        Assert.True(checkpointer.Counts.Passive > 0);
    }

    private static async Task WriteManySmallTransactionsAsync(TunedPortalFactory factory)
    {
        var audit = factory.Services.GetRequiredService<ApiAuditLog>();
        var source = AuditRows.NewSource();
        for (var i = 0; i < Writes; i++)
        {
            // One row per transaction, as a quiet system writes them.
            await audit.InsertAsync([new ApiLogEntry { ApiDate = DateTimeOffset.UtcNow, Source = source, Function = "checkpoint-test", Data = new string('x', 1500) }]);
        }
    }

    /// <summary>The WAL file's size, once the portal (started by this call if need be) is up.</summary>
    private static long WalBytes(TunedPortalFactory factory)
    {
        _ = factory.Services;
        return new FileInfo(factory.DatabasePath + "-wal") is { Exists: true } wal ? wal.Length : 0;
    }
}
