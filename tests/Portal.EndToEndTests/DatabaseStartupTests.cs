namespace Portal.EndToEndTests;

using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

/// <summary>
/// Portal started against a PostgreSQL server it cannot reach, or set up as a cluster node without PostgreSQL or
/// without a Redis that answers, says so in one line and exits, without a stack trace and without a password.
/// </summary>
public sealed class DatabaseStartupTests
{
    [Fact]
    public async Task An_unreachable_postgresql_server_is_one_clear_line_and_exit_code_1()
    {
        var closedPort = ClosedPort();

        var (exitCode, all) = await StartAsync(new()
        {
            ["Portal__Database__Provider"] = "Postgres",
            ["ConnectionStrings__Portal"] = $"Host=127.0.0.1;Port={closedPort};Database=portal;Username=portal;Password=Not-shown-9",
        });

        Assert.Equal(1, exitCode);
        Assert.Contains($"Portal cannot start: PostgreSQL at 127.0.0.1:{closedPort}, database 'portal': it does not answer", all, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", all, StringComparison.Ordinal);
        Assert.DoesNotContain("Not-shown-9", all, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cluster_mode_on_sqlite_is_refused_in_one_line()
    {
        var (exitCode, all) = await StartAsync(new()
        {
            ["ConnectionStrings__Portal"] = $"Data Source={Path.Combine(Path.GetTempPath(), "portal-e2e", Guid.NewGuid().ToString("N") + ".db")}",
            ["ConnectionStrings__Redis"] = $"127.0.0.1:{ClosedPort()}",
        });

        Assert.Equal(1, exitCode);
        Assert.Contains("Portal cannot start: cluster mode (ConnectionStrings:Redis is set) needs PostgreSQL", all, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", all, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreachable_redis_is_one_clear_line_without_its_password()
    {
        var postgres = Environment.GetEnvironmentVariable("PORTAL_TEST_POSTGRES")
            ?? throw new InvalidOperationException("PORTAL_TEST_POSTGRES (Host=…;Port=…;Username=…) is not set: ./test.sh sets it.");
        var closedPort = ClosedPort();

        var (exitCode, all) = await StartAsync(new()
        {
            ["Portal__Database__Provider"] = "Postgres",
            ["ConnectionStrings__Portal"] = $"{postgres};Database=portal_e2e_{Guid.NewGuid():N}",
            ["ConnectionStrings__Redis"] = $"127.0.0.1:{closedPort},password=Not-shown-8",
        });

        Assert.Equal(1, exitCode);
        Assert.Contains($"Portal cannot start: Redis at 127.0.0.1:{closedPort}: it does not answer", all, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", all, StringComparison.Ordinal);
        Assert.DoesNotContain("Not-shown-8", all, StringComparison.Ordinal);
    }

    private static async Task<(int ExitCode, string Output)> StartAsync(Dictionary<string, string> environment)
    {
        var executable = PortalServer.FindPortalExecutable();
        var start = new ProcessStartInfo(executable)
        {
            WorkingDirectory = Path.GetDirectoryName(executable)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add("http://127.0.0.1:0");
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromSeconds(60)).Token);
        return (process.ExitCode, await output + await errors);
    }

    /// <summary>A loopback port nothing listens on: bound to learn a free one, then released.</summary>
    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
