namespace Portal.IntegrationTests.Cluster;

using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

/// <summary>
/// A private Redis server for cluster tests: Debian's redis-server (./test.sh installs it) on a free loopback port,
/// nothing saved to disk, stopped when disposed.
/// </summary>
public sealed class TestRedis : IDisposable
{
    private readonly Process _server;

    public TestRedis()
    {
        Port = FreePort();
        var binary = Environment.GetEnvironmentVariable("PORTAL_TEST_REDIS_SERVER") ?? "redis-server";
        try
        {
            _server = Process.Start(new ProcessStartInfo(binary)
            {
                ArgumentList = { "--port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no" },
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            }) ?? throw new InvalidOperationException("redis-server did not start.");
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new InvalidOperationException("The cluster tests need redis-server (apt-get install redis-server; ./test.sh installs it).", ex);
        }

        _server.OutputDataReceived += (_, _) => { };
        _server.BeginOutputReadLine();
        _server.BeginErrorReadLine();
        WaitUntilListening();
    }

    public int Port { get; }

    public string ConnectionString => $"127.0.0.1:{Port}";

    public void Dispose()
    {
        if (!_server.HasExited)
        {
            _server.Kill();
            _server.WaitForExit(5000);
        }

        _server.Dispose();
    }

    internal static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private void WaitUntilListening()
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            try
            {
                using var client = new TcpClient();
                client.Connect(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline && !_server.HasExited)
            {
                Thread.Sleep(50);
            }
        }
    }
}
