namespace Portal.Infrastructure.Audit;

using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Portal.Infrastructure.Data;
using Portal.Infrastructure.Telemetry;

/// <summary>
/// Writes the audit row of every API call before the call is answered: <see cref="WriteAsync"/> completes once the row
/// is committed, so a reply a caller has read always has its row, even when the process is killed the next moment.
/// One loop writes whatever rows are waiting in one transaction (group commit: while one batch commits, the rows of
/// other calls gather for the next), in the writer's command lane beside the session changes.
/// While the database is unavailable (<see cref="DatabaseOutage"/>) callers do not wait: their replies say so anyway,
/// and the rows wait in memory and are written when it is back. Any other failed batch is retried once row by row, so
/// one bad row costs only the rows that fail twice; those are counted and logged. Rows still queued at shutdown are
/// written before the host stops.
/// </summary>
public sealed class ApiAuditLog(IDbContextFactory<PortalDbContext> contexts, SharedWriter writer, ILogger<ApiAuditLog> logger) : BackgroundService
{
    private const int MaxBatch = 500;
    private readonly Channel<PendingRow> _queue = Channel.CreateUnbounded<PendingRow>(new UnboundedChannelOptions { SingleReader = true });
    private long _lostRows;
    private volatile bool _databaseDown;
    private RowStatement<ApiLogEntry>? _insert;

    /// <summary>Rows that could not be written even on the retry, since start.</summary>
    public long LostRows => Interlocked.Read(ref _lostRows);

    /// <summary>The longest pause between two tries while the database is unavailable.</summary>
    public static readonly TimeSpan MaxOutageWait = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Queues the row; completes when it is committed, or at once when it cannot be now (the database is unavailable,
    /// or Portal is stopping): it is then written as soon as it can be. Never faults.
    /// </summary>
    public Task WriteAsync(ApiLogEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        PortalMetrics.ApiCalled(entry.ApiScript, entry.Result);
        entry.Data = (entry.Data ?? "").Replace('"', '\'');
        ApiLogLimits.Apply(entry);

        var waiter = _databaseDown ? null : new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        if (!_queue.Writer.TryWrite(new PendingRow(entry, waiter)) || waiter is null)
        {
            return Task.CompletedTask;
        }

        return waiter.Task;
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        _queue.Writer.TryComplete();
        await base.StopAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<PendingRow>(MaxBatch);
        while (await _queue.Reader.WaitToReadAsync(CancellationToken.None))
        {
            while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var row))
            {
                batch.Add(row);
            }

            await InsertAsync(batch, stoppingToken);
            batch.Clear();
        }
    }

    /// <summary>Writes the rows now, as the loop does; for tests of the failure handling.</summary>
    internal Task InsertAsync(IReadOnlyList<ApiLogEntry> rows) => InsertAsync([.. rows.Select(r => new PendingRow(r, null))], CancellationToken.None);

    /// <summary>
    /// Inserts the batch in one transaction and releases its callers. While the database is unavailable the rows (and
    /// every row queued meanwhile) wait for it, retried with a growing pause up to <see cref="MaxOutageWait"/>, until it
    /// is back or Portal stops; any other failure retries each row once on its own.
    /// </summary>
    private async Task InsertAsync(List<PendingRow> batch, CancellationToken stopping)
    {
        var failure = await TrySaveAsync(batch, WriteLane.Commands);
        if (failure is not null && DatabaseOutage.Caused(failure))
        {
            failure = await WaitOutOutageAsync(batch, failure, stopping);
        }

        if (failure is null)
        {
            Release(batch);
            return;
        }

        logger.LogWarning(failure, "Could not write a batch of {Count} API audit rows; retrying them one by one", batch.Count);
        var lost = 0;
        foreach (var row in batch)
        {
            if (await TrySaveAsync([row], WriteLane.Commands) is not null)
            {
                lost++;
            }
        }

        Release(batch);

        if (lost > 0)
        {
            Interlocked.Add(ref _lostRows, lost);
            logger.LogError("Lost {Lost} of {Count} API audit rows after a retry", lost, batch.Count);
        }
    }

    /// <summary>
    /// Keeps the rows (and the ones queued meanwhile, whose callers are released at once) until the database takes them;
    /// what failed last, or null once written.
    /// </summary>
    private async Task<Exception?> WaitOutOutageAsync(List<PendingRow> batch, Exception? failure, CancellationToken stopping)
    {
        _databaseDown = true;
        logger.LogWarning("The database is unavailable ({Problem}); API audit rows wait for it", failure?.Message);
        var pause = TimeSpan.FromMilliseconds(200);
        while (failure is not null && DatabaseOutage.Caused(failure) && !stopping.IsCancellationRequested)
        {
            Release(batch);
            await Task.Delay(pause, stopping).ContinueWith(_ => { }, TaskScheduler.Default);
            pause = TimeSpan.FromTicks(Math.Min(pause.Ticks * 2, MaxOutageWait.Ticks));
            while (_queue.Reader.TryRead(out var queued))
            {
                batch.Add(queued);
            }

            // Rows written late: nobody waits for them, so they go after any command waiting for the writer.
            failure = await TrySaveAsync(batch, WriteLane.Background);
        }

        _databaseDown = false;
        if (failure is null)
        {
            logger.LogInformation("The database is back; the {Count} API audit rows that waited for it are written", batch.Count);
        }

        return failure;
    }

    private static void Release(List<PendingRow> rows) => rows.ForEach(r => r.Written?.TrySetResult());

    /// <summary>Writes the rows in one transaction; why not, or null when done.</summary>
    private async Task<Exception?> TrySaveAsync(IReadOnlyList<PendingRow> rows, WriteLane lane)
    {
        try
        {
            if (_insert is null)
            {
                await using var db = await contexts.CreateDbContextAsync();
                _insert = RowStatement<ApiLogEntry>.Insert(db.Model);
            }

            var insert = _insert;
            await writer.WriteAsync(async turn =>
            {
                foreach (var row in rows)
                {
                    await turn.RunAsync(insert, row.Entry);
                }
            }, lane);
            return null;
        }
        catch (Exception ex)
        {
            // Whatever went wrong, the writer loop must live on: the caller retries or counts the loss.
            return ex;
        }
    }

    private sealed record PendingRow(ApiLogEntry Entry, TaskCompletionSource? Written);
}
