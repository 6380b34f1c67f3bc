namespace Portal.Bench;

using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

/// <summary>
/// A private Redis for the bench's cluster: Debian's redis-server (or $PORTAL_REDIS_SERVER) on a free loopback port,
/// nothing saved to disk, killed when disposed.
/// </summary>
internal sealed class BenchRedis : IDisposable
{
    private readonly Process _server;

    private BenchRedis(Process server, int port)
    {
        _server = server;
        Port = port;
    }

    public int Port { get; }

    public int Pid => _server.Id;

    public string ConnectionString => $"127.0.0.1:{Port}";

    public static async Task<BenchRedis> StartAsync(CancellationToken cancellationToken)
    {
        var binary = Environment.GetEnvironmentVariable("PORTAL_REDIS_SERVER") ?? "redis-server";
        var port = PortalProcess.FreePort();
        Process server;
        try
        {
            server = Process.Start(new ProcessStartInfo(binary)
            {
                ArgumentList = { "--port", port.ToString(CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no" },
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            }) ?? throw new BenchException("redis-server did not start.");
        }
        catch (System.ComponentModel.Win32Exception)
        {
            throw new BenchException("--cluster needs redis-server (sudo apt-get install -y redis-server, or set PORTAL_REDIS_SERVER).");
        }

        server.OutputDataReceived += (_, _) => { };
        server.ErrorDataReceived += (_, _) => { };
        server.BeginOutputReadLine();
        server.BeginErrorReadLine();
        var redis = new BenchRedis(server, port);
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port, cancellationToken);
                return redis;
            }
            catch (SocketException) when (deadline.Elapsed < TimeSpan.FromSeconds(10) && !server.HasExited)
            {
                await Task.Delay(50, cancellationToken);
            }
            catch
            {
                redis.Dispose();
                throw;
            }
        }
    }

    public void Dispose()
    {
        if (!_server.HasExited)
        {
            _server.Kill();
            _server.WaitForExit(5000);
        }

        _server.Dispose();
    }
}
