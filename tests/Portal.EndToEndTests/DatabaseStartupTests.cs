namespace Portal.EndToEndTests;

using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

/// <summary>
/// Portal started against a PostgreSQL server it cannot reach says so in one line and exits, without a stack trace
/// and without the password of its connection string.
/// </summary>
public sealed class DatabaseStartupTests
{
    [Fact]
    public async Task An_unreachable_postgresql_server_is_one_clear_line_and_exit_code_1()
    {
        var closedPort = ClosedPort();
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
        start.Environment["Portal__Database__Provider"] = "Postgres";
        start.Environment["ConnectionStrings__Portal"] = $"Host=127.0.0.1;Port={closedPort};Database=portal;Username=portal;Password=Not-shown-9";

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromSeconds(60)).Token);
        var all = await output + await errors;

        Assert.Equal(1, process.ExitCode);
        Assert.Contains($"Portal cannot start: PostgreSQL at 127.0.0.1:{closedPort}, database 'portal': it does not answer", all, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", all, StringComparison.Ordinal);
        Assert.DoesNotContain("Not-shown-9", all, StringComparison.Ordinal);
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
