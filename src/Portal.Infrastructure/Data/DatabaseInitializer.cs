namespace Portal.Infrastructure.Data;

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.Domain.Campaigns;
using Portal.Domain.Sessions;
using Portal.Infrastructure.Seeding;

/// <summary>Brings the database up to date before anything else starts: WAL mode, migrations, demo data, first admin, system pause codes.</summary>
public sealed class DatabaseInitializer(
    IServiceProvider services, IOptions<PortalOptions> options, ILogger<DatabaseInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<PortalDbContext>>()
            .CreateDbContextAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            // WAL lets screens and reports read while sessions write; the mode is stored in the database file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
        else
        {
            await PrepareNewPostgresDatabaseAsync(db, cancellationToken);
        }

        await db.Database.MigrateAsync(cancellationToken);
        if (options.Value.SeedDemoData)
        {
            await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().SeedAsync(cancellationToken);
        }

        await scope.ServiceProvider.GetRequiredService<FirstAdminBootstrap>().EnsureAsync(cancellationToken);
        await EnsureSystemPauseCodesAsync(db, cancellationToken);

        logger.LogInformation("Database ready");
    }

    /// <summary>
    /// Creates the PostgreSQL database when the server has none of that name, and the migrations history table, before
    /// migrating: EF would otherwise log the failed look-up of a history table that is not there yet as an error.
    /// </summary>
    private static async Task PrepareNewPostgresDatabaseAsync(PortalDbContext db, CancellationToken cancellationToken)
    {
        var creator = db.GetService<IRelationalDatabaseCreator>();
        if (!await creator.ExistsAsync(cancellationToken))
        {
            await creator.CreateAsync(cancellationToken);
        }

        await db.GetService<IHistoryRepository>().CreateIfNotExistsAsync(cancellationToken);
    }

    /// <summary>LAGGED is set by Portal itself; its row gives it a name in the admin list, reports and the wallboard.</summary>
    private static async Task EnsureSystemPauseCodesAsync(PortalDbContext db, CancellationToken cancellationToken)
    {
        if (!await db.PauseCodes.AnyAsync(p => p.Code == PauseCodeRules.Lagged && p.CampaignId == null, cancellationToken))
        {
            db.PauseCodes.Add(new PauseCode(PauseCodeRules.Lagged, "Lagged: desk gone", billable: false));
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
