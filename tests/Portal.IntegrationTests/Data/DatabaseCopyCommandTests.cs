namespace Portal.IntegrationTests.Data;

using System.Net;
using System.Net.Sockets;

/// <summary>copy-database's failures: exit code 1 and one line on standard error, never a stack trace or the password.</summary>
[Trait("Database", "Postgres")]
public sealed class DatabaseCopyCommandTests : IDisposable
{
    private const string Password = "Never-print-me-42";
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "portal-tests", Guid.NewGuid().ToString("N"));

    public DatabaseCopyCommandTests() => Directory.CreateDirectory(_folder);

    [Fact]
    public async Task An_unreachable_target_fails_with_one_line_that_names_the_server_and_not_the_password()
    {
        var source = Path.Combine(_folder, "site.db");
        await File.WriteAllBytesAsync(source, []);

        var run = await CopyCommandRun.RunAsync("--from", source, "--to", $"Host=127.0.0.1;Port={ClosedPort()};Database=portal;Username=portal;Password={Password}");

        Assert.Equal(1, run.ExitCode);
        var error = Assert.Single(run.ErrorLines);
        Assert.StartsWith("Copy failed: The target PostgreSQL at 127.0.0.1:", error, StringComparison.Ordinal);
        Assert.Contains("database 'portal': it does not answer", error, StringComparison.Ordinal);
        Assert.DoesNotContain(Password, run.Output + run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_source_file_is_refused_before_anything_else()
    {
        var missing = Path.Combine(_folder, "no-such.db");

        var run = await CopyCommandRun.RunAsync("--from", missing, "--to", $"Host=127.0.0.1;Port={ClosedPort()};Database=portal;Username=portal;Password={Password}");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"Copy failed: The source database file {missing} does not exist.", Assert.Single(run.ErrorLines));
        Assert.False(File.Exists(missing), "The copy created the source file it was to read.");
    }

    [Fact]
    public async Task Missing_arguments_print_the_usage()
    {
        var run = await CopyCommandRun.RunAsync("--from", "site.db");

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("Usage: copy-database --from ", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }

    /// <summary>A loopback port nothing listens on: bound by the OS, then released.</summary>
    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
