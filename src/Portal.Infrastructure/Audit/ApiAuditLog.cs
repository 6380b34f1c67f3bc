namespace Portal.Infrastructure.Audit;

using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Portal.Infrastructure.Data;

/// <summary>
/// Writes audit rows off the request path: requests enqueue, one background loop gathers them for
/// <see cref="GatherTime"/> and inserts them in the writer's background lane, many rows per commit (a commit per row
/// would cost more than the rows). A batch gives the writer back as soon as a command waits (it commits the rows so far
/// and goes on in its next turn), so a command never waits behind a batch of audit rows, and a row follows its command
/// by about <see cref="GatherTime"/> plus <see cref="WriterTurns.MaxBackgroundWait"/> at most.
/// A batch that fails is retried once row by row, so one bad row (or a passing database error) costs only the rows
/// that fail twice; those are counted and logged. Rows still queued at shutdown are written before the host stops.
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

            await InsertAsync(batch);
            batch.Clear();
        }
    }

    /// <summary>
    /// Inserts the batch, in as few transactions as commands waiting for the writer allow; on failure retries each row
    /// of the rest once on its own.
    /// </summary>
    internal async Task InsertAsync(IReadOnlyList<ApiLogEntry> rows)
    {
        var batch = rows;
        var (written, failure) = await TrySaveAsync(batch, yieldToCommands: true);
        while (failure is null && written < batch.Count)
        {
            batch = [.. batch.Skip(written)];
            (written, failure) = await TrySaveAsync(batch, yieldToCommands: true);
        }

        if (failure is null)
        {
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
