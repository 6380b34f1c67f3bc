namespace Portal.IntegrationTests;

using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

/// <summary>
/// The whole portal in memory, on its own temporary database with the demo data seeded (a SQLite file, or a PostgreSQL
/// database when the run tests PostgreSQL: see <see cref="TestDatabase"/>). Subclasses may override
/// <see cref="ConfigureWebHost"/> (calling the base first) to change simulator or dialer settings for their tests.
/// </summary>
public class PortalFactory : WebApplicationFactory<Program>
{
    private readonly string _folder;
    private readonly TestDatabase? _database;
    private readonly string? _sharedPostgres;

    public PortalFactory()
    {
        _folder = Path.Combine(Path.GetTempPath(), "portal-tests", Guid.NewGuid().ToString("N"));
        _database = new TestDatabase(_folder);
    }

    /// <summary>A node of a cluster: a Portal on a PostgreSQL database that others share (and someone else drops).</summary>
    protected PortalFactory(string sharedPostgres)
    {
        _folder = Path.Combine(Path.GetTempPath(), "portal-tests", Guid.NewGuid().ToString("N"));
        _sharedPostgres = sharedPostgres;
    }

    /// <summary>Its database's connection string (to start a second Portal on the same data).</summary>
    public string ConnectionString => _sharedPostgres ?? _database!.ConnectionString;

    /// <summary>The SQLite file (SQLite runs only).</summary>
    public string DatabasePath => _database?.SqlitePath ?? throw new InvalidOperationException("A cluster node has no SQLite file.");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(_folder);
        builder.UseEnvironment("Testing");
        builder.UseSetting("Portal:Database:Provider", _sharedPostgres is null ? TestDatabase.Provider : "Postgres");
        builder.UseSetting("ConnectionStrings:Portal", ConnectionString);
        builder.UseSetting("Portal:SeedDemoData", "true");
        // A quiet call center: tests bring calls themselves; nothing rings unless a test asks.
        builder.UseSetting("Telephony:Simulator:InboundCallsPerMinute", "0");
        builder.UseSetting("Telephony:Simulator:Seed", "42");
        builder.UseSetting("Telephony:Simulator:CustomerHangupMaxSeconds", "0");
        builder.UseSetting("Telephony:Dialer:AutoDialEnabled", "false");
        builder.UseSetting("Telephony:Simulator:RingSeconds", "0.2");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        _database?.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open is left for the OS temp cleaner; it is not worth failing a test for.
        }
    }
}
