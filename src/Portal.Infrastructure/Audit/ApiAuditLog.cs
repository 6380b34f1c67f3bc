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
/// The row is committed with the other writes callers wait for (<see cref="GroupCommit"/>: session changes and other
/// calls' rows share a transaction). While the database is unavailable (<see cref="DatabaseOutage"/>) callers do not
/// wait: their replies say so anyway, and the rows wait in memory for this service's loop, which writes them when it is
/// back. A row that fails on its own is counted and logged. Rows still waiting at shutdown are written before the host
/// stops.
/// </summary>
public sealed class ApiAuditLog(
    IDbContextFactory<PortalDbContext> contexts, SharedWriter writer, GroupCommit commit, ILogger<ApiAuditLog> logger) : BackgroundService
{
    private const int MaxBatch = 500;
    private readonly Channel<ApiLogEntry> _queue = Channel.CreateUnbounded<ApiLogEntry>(new UnboundedChannelOptions { SingleReader = true });
    private long _lostRows;
    private volatile bool _databaseDown;
    private RowStatement<ApiLogEntry>? _insert;

    /// <summary>Rows that could not be written even on the retry, since start.</summary>
    public long LostRows => Interlocked.Read(ref _lostRows);

    /// <summary>The longest pause between two tries while the database is unavailable.</summary>
    public static readonly TimeSpan MaxOutageWait = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Completes when the row is committed, or at once when it cannot be now (the database is unavailable, or Portal is
    /// stopping): it is then written as soon as it can be. Never faults.
    /// </summary>
    public Task WriteAsync(ApiLogEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        PortalMetrics.ApiCalled(entry.ApiScript, entry.Result);
        entry.Data = (entry.Data ?? "").Replace('"', '\'');
        ApiLogLimits.Apply(entry);

        if (_databaseDown)
        {
            _queue.Writer.TryWrite(entry);
            return Task.CompletedTask;
        }

        return CommitAsync(entry);
    }

    private async Task CommitAsync(ApiLogEntry entry)
    {
        try
        {
            var insert = _insert ?? await InsertStatementAsync();
            await commit.WriteAsync(turn => turn.RunAsync(insert, entry));
        }
        catch (Exception ex) when (DatabaseOutage.Caused(ex) || ex is ObjectDisposedException)
        {
            // Unavailable (or Portal stopping): the loop keeps the row until the database takes it; the caller goes on.
            _queue.Writer.TryWrite(entry);
        }
        catch (Exception ex)
        {
            Interlocked.Increment(ref _lostRows);
            logger.LogError(ex, "Lost an API audit row of {Function}", entry.Function);
        }
    }

    private async Task<RowStatement<ApiLogEntry>> InsertStatementAsync()
    {
        if (_insert is null)
        {
            await using var db = await contexts.CreateDbContextAsync();
            _insert = RowStatement<ApiLogEntry>.Insert(db.Model);
        }

        return _insert;
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        _queue.Writer.TryComplete();
        await base.StopAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<ApiLogEntry>(MaxBatch);
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
    internal Task InsertAsync(IReadOnlyList<ApiLogEntry> rows) => InsertAsync([.. rows], CancellationToken.None);

    /// <summary>
    /// Inserts rows nobody waits for in one transaction. While the database is unavailable the rows (and
    /// every row queued meanwhile) wait for it, retried with a growing pause up to <see cref="MaxOutageWait"/>, until it
    /// is back or Portal stops; any other failure retries each row once on its own.
    /// </summary>
    private async Task InsertAsync(List<ApiLogEntry> batch, CancellationToken stopping)
    {
        var failure = await TrySaveAsync(batch, WriteLane.Background);
        if (failure is not null && DatabaseOutage.Caused(failure))
        {
            failure = await WaitOutOutageAsync(batch, failure, stopping);
        }

        if (failure is null)
        {
            return;
        }

        logger.LogWarning(failure, "Could not write a batch of {Count} API audit rows; retrying them one by one", batch.Count);
        var lost = 0;
        foreach (var row in batch)
        {
            if (await TrySaveAsync([row], WriteLane.Background) is not null)
            {
                lost++;
            }
        }

        if (lost > 0)
        {
            Interlocked.Add(ref _lostRows, lost);
            logger.LogError("Lost {Lost} of {Count} API audit rows after a retry", lost, batch.Count);
        }
    }

    /// <summary>
    /// Keeps the rows (and the ones queued meanwhile, whose callers did not wait) until the database takes them;
    /// what failed last, or null once written.
    /// </summary>
    private async Task<Exception?> WaitOutOutageAsync(List<ApiLogEntry> batch, Exception? failure, CancellationToken stopping)
    {
        _databaseDown = true;
        logger.LogWarning("The database is unavailable ({Problem}); API audit rows wait for it", failure?.Message);
        var pause = TimeSpan.FromMilliseconds(200);
        while (failure is not null && DatabaseOutage.Caused(failure) && !stopping.IsCancellationRequested)
        {
            await Task.Delay(pause, stopping).ContinueWith(_ => { }, TaskScheduler.Default);
            pause = TimeSpan.FromTicks(Math.Min(pause.Ticks * 2, MaxOutageWait.Ticks));
            while (_queue.Reader.TryRead(out var queued))
            {
                batch.Add(queued);
            }

            // Nobody waits for these rows, so they go after any command waiting for the writer.
            failure = await TrySaveAsync(batch, WriteLane.Background);
        }

        _databaseDown = false;
        if (failure is null)
        {
            logger.LogInformation("The database is back; the {Count} API audit rows that waited for it are written", batch.Count);
        }

        return failure;
    }

    /// <summary>Writes the rows in one transaction; why not, or null when done.</summary>
    private async Task<Exception?> TrySaveAsync(IReadOnlyList<ApiLogEntry> rows, WriteLane lane)
    {
        try
        {
            var insert = await InsertStatementAsync();
            await writer.WriteAsync(async turn =>
            {
                foreach (var row in rows)
                {
                    await turn.RunAsync(insert, row);
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
}
