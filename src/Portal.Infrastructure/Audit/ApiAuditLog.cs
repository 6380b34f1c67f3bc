namespace Portal.Infrastructure.Audit;

using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Portal.Infrastructure.Data;

/// <summary>
/// Writes audit rows off the request path: requests enqueue, one background loop inserts them in batches.
/// Rows still queued at shutdown are written before the host stops.
/// </summary>
public sealed class ApiAuditLog(IDbContextFactory<PortalDbContext> contexts, ILogger<ApiAuditLog> logger) : BackgroundService
{
    private const int MaxBatch = 500;
    private readonly Channel<ApiLogEntry> _queue = Channel.CreateUnbounded<ApiLogEntry>(new UnboundedChannelOptions { SingleReader = true });

    public void Write(ApiLogEntry entry)
    {
        entry.Data = entry.Data.Replace('"', '\'');
        if (entry.Source.Length > 20)
        {
            entry.Source = entry.Source[..20];
        }

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

    private async Task InsertAsync(List<ApiLogEntry> batch)
    {
        try
        {
            await using var db = await contexts.CreateDbContextAsync();
            db.ApiLog.AddRange(batch);
            await db.SaveChangesAsync();
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Could not write {Count} API audit rows", batch.Count);
        }
    }
}
