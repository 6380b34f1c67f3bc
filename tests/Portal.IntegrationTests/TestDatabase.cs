namespace Portal.IntegrationTests;

using Microsoft.Data.Sqlite;
using Npgsql;

/// <summary>
/// One test's own empty database, on the provider this run tests: SQLite (a file in a temporary folder) by default;
/// PostgreSQL when PORTAL_TEST_PROVIDER=Postgres, a database of its own on the server PORTAL_TEST_POSTGRES names
/// (<c>Host=…;Port=…;Username=…</c>; ./test.sh starts one and runs the integration tests again on it). Portal creates
/// and migrates it at start; disposing drops it.
/// </summary>
public sealed class TestDatabase : IDisposable
{
    private readonly string _folder;
    private readonly string? _postgresName;

    public TestDatabase(string folder)
        : this(folder, OnPostgres)
    {
    }

    /// <summary>A database on PostgreSQL (<paramref name="postgres"/>) or SQLite whatever this run tests.</summary>
    public TestDatabase(string folder, bool postgres)
    {
        _folder = folder;
        if (postgres)
        {
            _postgresName = $"portal_test_{Guid.NewGuid():N}";
            ConnectionString = new NpgsqlConnectionStringBuilder(PostgresServer) { Database = _postgresName }.ConnectionString;
        }
        else
        {
            ConnectionString = $"Data Source={Path.Combine(folder, "portal.db")}";
        }
    }

    /// <summary>Whether this run tests PostgreSQL.</summary>
    public static bool OnPostgres =>
        string.Equals(Environment.GetEnvironmentVariable("PORTAL_TEST_PROVIDER"), "Postgres", StringComparison.OrdinalIgnoreCase);

    /// <summary>Portal:Database:Provider for this run.</summary>
    public static string Provider => OnPostgres ? "Postgres" : "Sqlite";

    public string ConnectionString { get; }

    /// <summary>The SQLite file (SQLite runs only).</summary>
    public string SqlitePath => _postgresName is not null
        ? throw new InvalidOperationException("This run tests PostgreSQL; there is no SQLite file.")
        : Path.Combine(_folder, "portal.db");

    /// <summary>The PostgreSQL server tests use (PORTAL_TEST_POSTGRES).</summary>
    public static string PostgresServer => Environment.GetEnvironmentVariable("PORTAL_TEST_POSTGRES")
        ?? throw new InvalidOperationException("PORTAL_TEST_PROVIDER=Postgres needs PORTAL_TEST_POSTGRES (Host=…;Port=…;Username=…).");

    public void Dispose()
    {
        if (_postgresName is null)
        {
            SqliteConnection.ClearAllPools();
            return;
        }

        using (var own = new NpgsqlConnection(ConnectionString))
        {
            NpgsqlConnection.ClearPool(own);
        }

        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(PostgresServer) { Database = "postgres" }.ConnectionString);
        connection.Open();
        using var drop = connection.CreateCommand();
        drop.CommandText = $"DROP DATABASE IF EXISTS \"{_postgresName}\" WITH (FORCE)";
        drop.ExecuteNonQuery();
    }
}
