namespace Portal.Infrastructure.Data;

using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Npgsql;

/// <summary>
/// Tells a database that cannot be reached or cannot take a write right now (PostgreSQL stopped or restarting, the
/// network to it gone, a timeout, SQLite's file locked or its disk full) from a fault in Portal. Each API surface
/// answers the first in its own format ("try again") instead of a 500: the command was not done (the session actor
/// puts the session back when its change is not stored), so the caller may simply send it again.
/// </summary>
public static class DatabaseOutage
{
    // SQLITE_BUSY, SQLITE_LOCKED, SQLITE_IOERR, SQLITE_FULL, SQLITE_CANTOPEN.
    private static readonly HashSet<int> SqliteOutageCodes = [5, 6, 10, 13, 14];

    /// <summary>What a person on a screen reads when their action could not be stored (ServerMessages words it in Spanish).</summary>
    public const string Message = "The database is unavailable right now, so that was not done. Try again in a few seconds.";

    /// <summary>Whether <paramref name="exception"/>, or one it wraps, says the database is unavailable.</summary>
    public static bool Caused(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                // Connection exceptions (08…), the server shutting down or starting (57P01–57P03), out of resources (53…).
                case PostgresException postgres when postgres.SqlState.StartsWith("08", StringComparison.Ordinal)
                    || postgres.SqlState.StartsWith("57P0", StringComparison.Ordinal) || postgres.SqlState.StartsWith("53", StringComparison.Ordinal):
                case NpgsqlException npgsql when npgsql is not PostgresException && npgsql.IsTransient:
                case SqliteException sqlite when SqliteOutageCodes.Contains(sqlite.SqliteErrorCode):
                case DatabaseUnavailableException:
                // A grain's node died and no live node took it over within NodeLoss.Patience.
                case Orleans.Runtime.SiloUnavailableException:
                case Orleans.Runtime.OrleansMessageRejectionException:
                case TimeoutException:
                case SocketException:
                    return true;
            }

            if (e is AggregateException aggregate && aggregate.InnerExceptions.Any(Caused))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Logs a failed piece of work: a warning without the stack trace when the database was unavailable (it will be tried
    /// again and the outage is not a fault in Portal; every loop would otherwise log a stack trace a second), else an error
    /// with it.
    /// </summary>
    public static void LogFailure(this ILogger logger, Exception exception, string message, params object?[] args)
    {
        ArgumentNullException.ThrowIfNull(logger);
        ArgumentNullException.ThrowIfNull(exception);
#pragma warning disable CA2254 // The callers' templates are constants; this only adds the outage's reason to them.
        if (Caused(exception))
        {
            logger.LogWarning(message + ": the database is unavailable ({Problem})", [.. args, exception.Message]);
        }
        else
        {
            logger.LogError(exception, message, args);
        }
#pragma warning restore CA2254
    }
}
