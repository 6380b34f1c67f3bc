namespace Portal.Bench;

using System.Data.Common;
using Microsoft.Data.Sqlite;

/// <summary>Portal's SQLite file in the bench's temporary folder; times are stored as UTC Unix milliseconds.</summary>
internal sealed class SqliteBenchDatabase(string path) : BenchDatabase
{
    public override IReadOnlyDictionary<string, string> PortalSettings => new Dictionary<string, string>
    {
        ["Portal__Database__Provider"] = "Sqlite",
        ["ConnectionStrings__Portal"] = $"Data Source={path}",
    };

    protected override string UserColumnsSql => "SELECT name FROM pragma_table_info('AspNetUsers')";

    protected override object Now => DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();

    public override Task<string> DescribeAsync(CancellationToken cancellationToken) =>
        Task.FromResult($"SQLite {SqliteVersion()}, file {path}");

    protected override DbConnection CreateConnection() =>
        new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());

    /// <summary>The file is in the temporary folder, which goes (or is kept) with it.</summary>
    protected override ValueTask DisposeCoreAsync() => ValueTask.CompletedTask;

    private static string SqliteVersion()
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        return connection.ServerVersion;
    }
}
