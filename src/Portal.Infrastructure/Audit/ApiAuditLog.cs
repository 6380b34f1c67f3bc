namespace Portal.Infrastructure.Audit;

using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Portal.Infrastructure.Data;
using Portal.Infrastructure.Telemetry;

/// <summary>
/// Writes audit rows off the request path: requests enqueue, one background loop gathers them for
/// <see cref="GatherTime"/> and inserts them in the writer's background lane, many rows per commit (a commit per row
/// would cost more than the rows). A batch gives the writer back as soon as a command waits (it commits the rows so far
/// and goes on in its next turn), so a command never waits behind a batch of audit rows, and a row follows its command
/// by about <see cref="GatherTime"/> plus <see cref="WriterTurns.MaxBackgroundWait"/> at most.
/// While the database is unavailable (<see cref="DatabaseOutage"/>) the rows wait for it and are written when it is
/// back. Any other failed batch is retried once row by row, so one bad row costs only the rows that fail twice; those are
/// counted and logged. Rows still queued at shutdown are written before the host stops.
/// </summary>
public sealed class ApiAuditLog(IDbContextFactory<PortalDbContext> contexts, SharedWriter writer, ILogger<ApiAuditLog> logger) : BackgroundService
{
    public static readonly TimeSpan GatherTime = TimeSpan.FromMilliseconds(50);
    private const int MaxBatch = 500;
    private readonly Channel<ApiLogEntry> _queue = Channel.CreateUnbounded<ApiLogEntry>(new UnboundedChannelOptions { SingleReader = true });
    private long _lostRows;
    private RowStatement<ApiLogEntry>? _insert;

    /// <summary>Rows that could not be written even on the retry, since start.</summary>
    public long LostRows => Interlocked.Read(ref _lostRows);

    public void Write(ApiLogEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        PortalMetrics.ApiCalled(entry.ApiScript, entry.Result);
        entry.Data = (entry.Data ?? "").Replace('"', '\'');
        ApiLogLimits.Apply(entry);

        _queue.Writer.TryWrite(entry);
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
            if (!stoppingToken.IsCancellationRequested)
            {
                await Task.Delay(GatherTime, CancellationToken.None);
            }

            while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var entry))
            {
                batch.Add(entry);
            }

            await InsertAsync(batch, stoppingToken);
            batch.Clear();
        }
    }

    /// <summary>
    /// Inserts the batch, in as few transactions as commands waiting for the writer allow. While the database is
    /// unavailable the rows wait for it (retried with a growing pause, up to <see cref="MaxOutageWait"/> between tries)
    /// until it is back or Portal stops; any other failure retries each row of the rest once on its own.
    /// </summary>
    internal async Task InsertAsync(IReadOnlyList<ApiLogEntry> rows, CancellationToken stopping = default)
    {
        var (batch, failure) = await SaveAllAsync(rows);
        var pause = TimeSpan.FromMilliseconds(200);
        var waited = false;
        while (failure is not null && DatabaseOutage.Caused(failure) && !stopping.IsCancellationRequested)
        {
            if (!waited)
            {
                logger.LogWarning("The database is unavailable ({Problem}); {Count} API audit rows wait for it", failure.Message, batch.Count);
                waited = true;
            }

            await Task.Delay(pause, stopping).ContinueWith(_ => { }, TaskScheduler.Default);
            pause = TimeSpan.FromTicks(Math.Min(pause.Ticks * 2, MaxOutageWait.Ticks));
            (batch, failure) = await SaveAllAsync(batch);
        }

        if (failure is null)
        {
            if (waited)
            {
                logger.LogInformation("The database is back; the API audit rows that waited for it are written");
            }

            return;
        }

        logger.LogWarning(failure, "Could not write a batch of {Count} API audit rows; retrying them one by one", batch.Count);
        var lost = 0;
        foreach (var entry in batch)
        {
            if ((await TrySaveAsync([entry], yieldToCommands: false)).Failure is not null)
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

    /// <summary>The longest pause between two tries while the database is unavailable.</summary>
    public static readonly TimeSpan MaxOutageWait = TimeSpan.FromSeconds(5);

    /// <summary>Writes every row, in turns between waiting commands; what is left and why when a turn fails.</summary>
    private async Task<(IReadOnlyList<ApiLogEntry> Remaining, Exception? Failure)> SaveAllAsync(IReadOnlyList<ApiLogEntry> rows)
    {
        var batch = rows;
        var (written, failure) = await TrySaveAsync(batch, yieldToCommands: true);
        while (failure is null && written < batch.Count)
        {
            batch = [.. batch.Skip(written)];
            (written, failure) = await TrySaveAsync(batch, yieldToCommands: true);
        }

        return (batch, failure);
    }

    /// <summary>Writes the rows in one transaction, or only the first ones when a command starts waiting; how many.</summary>
    private async Task<(int Written, Exception? Failure)> TrySaveAsync(IReadOnlyList<ApiLogEntry> rows, bool yieldToCommands)
    {
        try
        {
            if (_insert is null)
            {
                await using var db = await contexts.CreateDbContextAsync();
                _insert = RowStatement<ApiLogEntry>.Insert(db.Model);
            }

            var insert = _insert;
            var written = 0;
            await writer.WriteAsync(async turn =>
            {
                written = 0;
                foreach (var row in rows)
                {
                    await turn.RunAsync(insert, row);
                    written++;
                    if (yieldToCommands && turn.CommandsWaiting)
                    {
                        break;
                    }
                }
            }, WriteLane.Background);
            return (written, null);
        }
        catch (Exception ex)
        {
            // Whatever went wrong, the writer loop must live on: the caller retries or counts the loss.
            return (0, ex);
        }
    }
}
