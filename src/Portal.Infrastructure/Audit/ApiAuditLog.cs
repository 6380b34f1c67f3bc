namespace Portal.Infrastructure.Audit;

using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Portal.Infrastructure.Data;

/// <summary>
/// Writes audit rows off the request path: requests enqueue, one background loop inserts them in batches.
/// A batch that fails is retried once row by row, so one bad row (or a passing database error) costs only the rows
/// that fail twice; those are counted and logged. Rows still queued at shutdown are written before the host stops.
/// </summary>
public sealed class ApiAuditLog(IDbContextFactory<PortalDbContext> contexts, SqliteWriter writer, ILogger<ApiAuditLog> logger) : BackgroundService
{
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
            while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var entry))
            {
                batch.Add(entry);
            }

            await InsertAsync(batch);
            batch.Clear();
        }
    }

    /// <summary>Inserts the batch in one transaction; on failure retries each row once on its own.</summary>
    internal async Task InsertAsync(IReadOnlyList<ApiLogEntry> batch)
    {
        var failure = await TrySaveAsync(batch);
        if (failure is null)
        {
            return;
        }

        logger.LogWarning(failure, "Could not write a batch of {Count} API audit rows; retrying them one by one", batch.Count);
        var lost = 0;
        foreach (var entry in batch)
        {
            if (await TrySaveAsync([entry]) is not null)
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

    private async Task<Exception?> TrySaveAsync(IReadOnlyList<ApiLogEntry> rows)
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
                    await turn.RunAsync(insert, row);
                }
            });
            return null;
        }
        catch (Exception ex)
        {
            // Whatever went wrong, the writer loop must live on: the caller retries or counts the loss.
            return ex;
        }
    }
}
