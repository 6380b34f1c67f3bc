namespace Portal.IntegrationTests;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Infrastructure.Audit;
using Portal.Infrastructure.Data;

/// <summary>Reads the API audit log (VICIdial's vicidial_api_log) of a running portal.</summary>
internal static class AuditRows
{
    /// <summary>A source value no other request uses, so a test can find exactly its own rows.</summary>
    public static string NewSource() => "t" + Guid.NewGuid().ToString("N")[..12];

    public static async Task<List<ApiLogEntry>> WithSourceAsync(this PortalFactory factory, string source)
    {
        var contexts = factory.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>();
        await using var db = await contexts.CreateDbContextAsync();
        return await db.ApiLog.AsNoTracking().Where(e => e.Source == source).OrderBy(e => e.Id).ToListAsync();
    }

    public static async Task<List<ApiLogEntry>> AllAsync(this PortalFactory factory)
    {
        var contexts = factory.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>();
        await using var db = await contexts.CreateDbContextAsync();
        return await db.ApiLog.AsNoTracking().OrderBy(e => e.Id).ToListAsync();
    }

    /// <summary>Waits until the asynchronous writer has stored <paramref name="count"/> rows with this source.</summary>
    public static Task<List<ApiLogEntry>> WaitForRowsAsync(this PortalFactory factory, string source, int count = 1) =>
        Eventually.UntilAsync(() => factory.WithSourceAsync(source), rows => rows.Count >= count, $"{count} audit row(s) with source {source}");
}
