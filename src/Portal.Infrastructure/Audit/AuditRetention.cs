namespace Portal.Infrastructure.Audit;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.Infrastructure.Data;

/// <summary>
/// Deletes audit rows older than <see cref="AuditOptions.RetentionDays"/>, at start-up and then every hour, in small
/// batches so request writers are never held up for long. 0 days keeps everything.
/// </summary>
public sealed class AuditRetention(
    IDbContextFactory<PortalDbContext> contexts, IOptionsMonitor<PortalOptions> options, TimeProvider time, ILogger<AuditRetention> logger) : BackgroundService
{
    private const int Batch = 5_000;

    /// <summary>Deletes what is past retention now; the number of rows deleted.</summary>
    public async Task<int> CleanUpAsync(CancellationToken cancellationToken = default)
    {
        var days = options.CurrentValue.Audit.RetentionDays;
        if (days <= 0)
        {
            return 0;
        }

        var cutoff = time.GetUtcNow().AddDays(-days);
        var deleted = 0;
        while (true)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var ids = db.ApiLog.Where(e => e.ApiDate < cutoff).OrderBy(e => e.Id).Select(e => e.Id).Take(Batch);
            var count = await db.ApiLog.Where(e => ids.Contains(e.Id)).ExecuteDeleteAsync(cancellationToken);
            deleted += count;
            if (count < Batch)
            {
                return deleted;
            }
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromHours(1), time);
        do
        {
            try
            {
                var deleted = await CleanUpAsync(stoppingToken);
                if (deleted > 0)
                {
                    logger.LogInformation("Audit retention deleted {Rows} rows older than {Days} days", deleted, options.CurrentValue.Audit.RetentionDays);
                }
            }
            catch (Exception ex) when (ex is DbUpdateException or System.Data.Common.DbException)
            {
                logger.LogWarning("Audit retention could not delete old rows this time: {Reason}", ex.Message);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
