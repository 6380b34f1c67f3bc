namespace Portal.Infrastructure.Data;

using Microsoft.EntityFrameworkCore;
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
        await DatabaseMigrator.MigrateAsync(db, cancellationToken);
        if (options.Value.SeedDemoData)
        {
            await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().SeedAsync(cancellationToken);
        }

        await scope.ServiceProvider.GetRequiredService<FirstAdminBootstrap>().EnsureAsync(cancellationToken);
        await EnsureSystemPauseCodesAsync(db, cancellationToken);

        logger.LogInformation("Database ready");
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
