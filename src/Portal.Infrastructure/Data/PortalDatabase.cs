namespace Portal.Infrastructure.Data;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

/// <summary>
/// Which database Portal keeps its data in: <c>Portal:Database:Provider</c> = <c>Sqlite</c> (the embedded default, a
/// file) or <c>Postgres</c>; the connection string is <c>ConnectionStrings:Portal</c> either way.
/// </summary>
public static class PortalDatabase
{
    public const string ProviderSetting = "Portal:Database:Provider";
    public const string Sqlite = "Sqlite";
    public const string Postgres = "Postgres";

    /// <summary>PostgreSQL's migrations live in their own assembly (SQLite's in this one): one per provider, as EF requires.</summary>
    public const string PostgresMigrationsAssembly = "Portal.Migrations.Postgres";

    /// <summary>The configured provider, or a start-up error that names the setting and its two values.</summary>
    public static string ProviderOf(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var provider = configuration[ProviderSetting];
        return string.IsNullOrWhiteSpace(provider) || provider.Equals(Sqlite, StringComparison.OrdinalIgnoreCase) ? Sqlite
            : provider.Equals(Postgres, StringComparison.OrdinalIgnoreCase) ? Postgres
            : throw new InvalidOperationException($"{ProviderSetting} is '{provider}': it is '{Sqlite}' (the default) or '{Postgres}'.");
    }

    public static DbContextOptionsBuilder UsePortalDatabase(this DbContextOptionsBuilder options, string provider, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(options);
        return provider == Postgres
            ? options.UseNpgsql(connectionString, o => o.MigrationsAssembly(PostgresMigrationsAssembly))
            : options.UseSqlite(connectionString).AddInterceptors(new SqlitePragmas());
    }
}
