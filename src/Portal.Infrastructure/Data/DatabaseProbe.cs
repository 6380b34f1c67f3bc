namespace Portal.Infrastructure.Data;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

/// <summary>
/// Before Portal starts: can it reach its database server? A PostgreSQL server that does not answer, or refuses the
/// user or password, is said in one line (what, where, and the setting to check) instead of a start-up stack trace.
/// A database that does not exist yet is fine: Portal creates it. SQLite needs no probe (a file).
/// </summary>
public static class DatabaseProbe
{
    /// <summary>Why Portal cannot reach its database, or null.</summary>
    public static async Task<string?> ProblemAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(services);
        await using var db = await services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            return null;
        }

        return await PostgresProblemAsync(db.Database.GetConnectionString()!, cancellationToken) is { } problem
            ? $"{problem}. Check ConnectionStrings:Portal and that the server is running."
            : null;
    }

    /// <summary>
    /// Why this PostgreSQL server cannot be reached (<c>PostgreSQL at host:port, database 'x': it does not answer (…)</c>),
    /// or null; never the password.
    /// </summary>
    public static async Task<string?> PostgresProblemAsync(string connectionString, CancellationToken cancellationToken = default)
    {
        var settings = new NpgsqlConnectionStringBuilder(connectionString);
        try
        {
            await using var connection = new NpgsqlConnection(settings.ConnectionString);
            await connection.OpenAsync(cancellationToken);
            return null;
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.InvalidCatalogName)
        {
            return null;
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException)
        {
            var reason = ex is PostgresException { SqlState: PostgresErrorCodes.InvalidPassword or PostgresErrorCodes.InvalidAuthorizationSpecification }
                ? $"it refused user '{settings.Username}' (wrong user name or password)"
                : $"it does not answer ({ex.InnerException?.Message ?? ex.Message})";
            return $"PostgreSQL at {settings.Host}:{settings.Port}, database '{settings.Database}': {reason}";
        }
    }
}
