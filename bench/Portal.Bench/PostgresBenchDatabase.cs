namespace Portal.Bench;

using System.Data.Common;
using Npgsql;

/// <summary>
/// A database of the bench's own on a PostgreSQL server, portal_bench_&lt;random&gt;: Portal creates and migrates it at its
/// first start; disposing drops it, unless it is kept (--keep-data), and then prints its name.
/// </summary>
internal sealed class PostgresBenchDatabase(string server, bool keep) : BenchDatabase
{
    private readonly string _name = $"portal_bench_{Guid.NewGuid():N}";

    /// <summary>Whether the server answered; if it never did, there is nothing to drop.</summary>
    private bool _reached;

    private string ConnectionString => new NpgsqlConnectionStringBuilder(server) { Database = _name, Pooling = false }.ConnectionString;

    public override IReadOnlyDictionary<string, string> PortalSettings => new Dictionary<string, string>
    {
        ["Portal__Database__Provider"] = "Postgres",
        ["ConnectionStrings__Portal"] = new NpgsqlConnectionStringBuilder(server) { Database = _name }.ConnectionString,
    };

    protected override string UserColumnsSql => """
        SELECT column_name FROM information_schema.columns
        WHERE table_schema = current_schema() AND table_name = 'AspNetUsers' ORDER BY ordinal_position
        """;

    protected override object Now => DateTimeOffset.UtcNow;

    public override async Task<string> DescribeAsync(CancellationToken cancellationToken)
    {
        var where = new NpgsqlConnectionStringBuilder(server);
        await using var connection = ServerConnection();
        try
        {
            await connection.OpenAsync(cancellationToken);
        }
        catch (NpgsqlException ex)
        {
            throw new BenchException($"Cannot reach the PostgreSQL server at {where.Host}:{where.Port} (--postgres): {ex.Message}");
        }

        _reached = true;
        return $"PostgreSQL {connection.PostgreSqlVersion} ({connection.ServerVersion}) at {where.Host}:{where.Port}, database {_name}";
    }

    protected override DbConnection CreateConnection() => new NpgsqlConnection(ConnectionString);

    protected override async ValueTask DisposeCoreAsync()
    {
        if (!_reached)
        {
            return;
        }

        if (keep)
        {
            Console.WriteLine($"Kept the PostgreSQL database: {_name}");
            return;
        }

        try
        {
            await using var connection = ServerConnection();
            await connection.OpenAsync();
            await using var drop = connection.CreateCommand();
            drop.CommandText = $"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)";
            await drop.ExecuteNonQueryAsync();
        }
        catch (NpgsqlException ex)
        {
            Console.Error.WriteLine($"Could not drop the PostgreSQL database {_name}: {ex.Message}");
        }
    }

    /// <summary>The server's maintenance database, for what is not inside the bench's own.</summary>
    private NpgsqlConnection ServerConnection() =>
        new(new NpgsqlConnectionStringBuilder(server) { Database = "postgres", Pooling = false }.ConnectionString);
}
