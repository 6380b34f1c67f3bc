namespace Portal.IntegrationTests.Data;

using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Portal.Domain.Callbacks;
using Portal.Domain.Leads;
using Portal.Infrastructure.Identity;

/// <summary>
/// A demo site that ran on SQLite (an agent still logged in, a callback, an API audit row, one agent's password
/// changed, a lead with a NUL character), stopped, then copied with <c>copy-database</c> into a new PostgreSQL database
/// (and copied there a second time, which must be refused); then Portal started on the copy. The PostgreSQL server is
/// the one <c>PORTAL_TEST_POSTGRES</c> names, whatever provider the rest of the run tests; the database is dropped at the end.
/// </summary>
public sealed class MovedSite : IAsyncLifetime
{
    public const string LoggedInAgent = "1005";
    public const string AgentWithNewPassword = "1007";
    public const string NewPassword = "Moved-site-7";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "portal-tests", Guid.NewGuid().ToString("N"));
    private readonly string _server;
    private readonly List<string> _databases = [];

    public MovedSite()
    {
        _server = Environment.GetEnvironmentVariable("PORTAL_TEST_POSTGRES")
            ?? throw new InvalidOperationException(
                "The database copy tests copy into PostgreSQL: set PORTAL_TEST_POSTGRES (Host=…;Port=…;Username=…); ./test.sh sets it.");
        TargetConnectionString = NewTargetDatabase();
    }

    public string SourcePath => Path.Combine(_folder, "site.db");

    public string TargetConnectionString { get; }

    public CopyCommandRun Copy { get; private set; } = null!;

    public CopyCommandRun SecondCopy { get; private set; } = null!;

    public SortedDictionary<string, long> SourceCounts { get; private set; } = null!;

    public SortedDictionary<string, long> CopiedCounts { get; private set; } = null!;

    public SortedDictionary<string, long> CountsAfterSecondCopy { get; private set; } = null!;

    /// <summary>The copy's rows once Portal (seeding demo data into an empty database, as in Development) has started on it.</summary>
    public SortedDictionary<string, long> CountsAfterStart { get; private set; } = null!;

    /// <summary>SHA-256 of the source file before the copies and after them.</summary>
    public string SourceHashBefore { get; private set; } = "";

    public string SourceHashAfter { get; private set; } = "";

    public long CallbackId { get; private set; }

    public string AuditSource { get; } = AuditRows.NewSource();

    public long LeadWithNulId { get; private set; }

    /// <summary>Portal on the copy.</summary>
    public PortalFactory Portal { get; private set; } = null!;

    /// <summary>A connection string to a database of a new name on the test server, dropped at the end.</summary>
    public string NewTargetDatabase()
    {
        var name = $"portal_copy_{Guid.NewGuid():N}";
        _databases.Add(name);
        return new NpgsqlConnectionStringBuilder(_server) { Database = name }.ConnectionString;
    }

    /// <summary>A copy of the source file to change, made with SQLite's backup so it is whole.</summary>
    public string CopyOfSource()
    {
        var path = Path.Combine(_folder, $"{Guid.NewGuid():N}.db");
        using var source = new SqliteConnection($"Data Source={SourcePath};Mode=ReadOnly;Pooling=False");
        using var copy = new SqliteConnection($"Data Source={path};Pooling=False");
        source.Open();
        source.BackupDatabase(copy);
        return path;
    }

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        await RunOnSqliteAsync();
        SourceCounts = await TableCounts.OfSqliteAsync(SourcePath);
        SourceHashBefore = await HashAsync(SourcePath);

        Copy = await CopyCommandRun.RunAsync("--from", SourcePath, "--to", TargetConnectionString);
        CopiedCounts = await TableCounts.OfPostgresAsync(TargetConnectionString);
        SecondCopy = await CopyCommandRun.RunAsync("--from", SourcePath, "--to", TargetConnectionString);
        CountsAfterSecondCopy = await TableCounts.OfPostgresAsync(TargetConnectionString);
        SourceHashAfter = await HashAsync(SourcePath);

        Portal = new TunedPortalFactory(("Portal:Database:Provider", "Postgres"), ("ConnectionStrings:Portal", TargetConnectionString));
        _ = Portal.Services;
        CountsAfterStart = await TableCounts.OfPostgresAsync(TargetConnectionString);
    }

    /// <summary>The site before the move: the demo on SQLite, some work done, then stopped.</summary>
    private async Task RunOnSqliteAsync()
    {
        using var site = new TunedPortalFactory(("Portal:Database:Provider", "Sqlite"), ("ConnectionStrings:Portal", $"Data Source={SourcePath}"));
        await site.LogInReadyAsync(LoggedInAgent);

        var lead = await site.LeadWithUniqueNumberAsync(listId: 101);
        var now = DateTimeOffset.UtcNow;
        var callback = Callback.Schedule(lead.LeadId, "TESTCAMP", now.AddDays(1), CallbackType.UserOnly, LoggedInAgent, "moved with the site", now);
        var withNul = Lead.Create(101, new LeadDetails { PhoneNumber = LeadsApi.NewNumber(), FirstName = "Fr\0ank" }, now);
        await site.ChangeAsync(db =>
        {
            db.Callbacks.Add(callback);
            db.Leads.Add(withNul);
        });
        CallbackId = callback.Id;
        LeadWithNulId = withNul.LeadId;

        await site.CreateClient().GetApiAsync(AgentApi.Query(
            ("source", AuditSource), ("user", AgentApi.User), ("pass", AgentApi.Password), ("function", "external_pause"), ("agent_user", "1099"), ("value", "PAUSE")));
        await site.WaitForRowsAsync(AuditSource);

        using var scope = site.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var agent = await users.FindByNameAsync(AgentWithNewPassword);
        var changed = await users.ChangePasswordAsync(agent!, AgentApi.AgentPassword, NewPassword);
        Assert.True(changed.Succeeded, string.Join("; ", changed.Errors.Select(e => e.Description)));
    }

    private static async Task<string> HashAsync(string path) => Convert.ToHexString(SHA256.HashData(await File.ReadAllBytesAsync(path)));

    public async Task DisposeAsync()
    {
        Portal?.Dispose();
        SqliteConnection.ClearAllPools();
        NpgsqlConnection.ClearAllPools();
        await using (var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(_server) { Database = "postgres" }.ConnectionString))
        {
            await connection.OpenAsync();
            foreach (var name in _databases)
            {
                await using var drop = connection.CreateCommand();
                drop.CommandText = $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)";
                await drop.ExecuteNonQueryAsync();
            }
        }

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
