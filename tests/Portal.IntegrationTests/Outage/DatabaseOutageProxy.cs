namespace Portal.IntegrationTests.Outage;

using System.Net;
using System.Net.Sockets;

/// <summary>
/// A TCP relay between Portal and a PostgreSQL server that a test can cut and restore, on a fixed loopback port. Cut:
/// every open connection is reset and new ones are refused (as when the network goes, or after the server stopped);
/// restored: connections pass again. Portal is pointed at the relay and never told.
/// </summary>
public sealed class DatabaseOutageProxy : IAsyncDisposable
{
    private readonly IPEndPoint _server;
    private readonly List<TcpClient> _open = [];
    private readonly Lock _gate = new();
    private TcpListener? _listener;
    private CancellationTokenSource? _accepting;

    private DatabaseOutageProxy(IPEndPoint server, int port)
    {
        _server = server;
        Port = port;
    }

    public int Port { get; }

    public static DatabaseOutageProxy Start(string host, int port)
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var free = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        var address = Dns.GetHostAddresses(host).First(a => a.AddressFamily == AddressFamily.InterNetwork);
        var proxy = new DatabaseOutageProxy(new IPEndPoint(address, port), free);
        proxy.Restore();
        return proxy;
    }

    /// <summary>New connections are refused; open ones still pass (as a server shutting down lets them hear why).</summary>
    public void StopAccepting()
    {
        lock (_gate)
        {
            _accepting?.Cancel();
            _listener?.Stop();
            _listener = null;
        }
    }

    /// <summary>The database goes away: open connections reset, new ones refused.</summary>
    public void Cut()
    {
        StopAccepting();
        lock (_gate)
        {
            foreach (var client in _open)
            {
                client.Client.LingerState = new LingerOption(true, 0);
                client.Dispose();
            }

            _open.Clear();
        }
    }

    /// <summary>The database is back.</summary>
    public void Restore()
    {
        lock (_gate)
        {
            var listener = new TcpListener(IPAddress.Loopback, Port);
            listener.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
            listener.Start();
            _listener = listener;
            _accepting = new CancellationTokenSource();
            _ = AcceptAsync(listener, _accepting.Token);
        }
    }

    private async Task AcceptAsync(TcpListener listener, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync(cancellationToken);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            _ = RelayAsync(client);
        }
    }

    private async Task RelayAsync(TcpClient client)
    {
        var server = new TcpClient();
        try
        {
            await server.ConnectAsync(_server);
            lock (_gate)
            {
                if (_listener is null)
                {
                    client.Dispose();
                    server.Dispose();
                    return;
                }

                _open.Add(client);
                _open.Add(server);
            }

            var up = client.GetStream().CopyToAsync(server.GetStream());
            var down = server.GetStream().CopyToAsync(client.GetStream());
            await Task.WhenAny(up, down);
        }
        catch (Exception e) when (e is IOException or SocketException or ObjectDisposedException)
        {
            // The cut, or either side closing: the other side is closed below.
        }
        finally
        {
            lock (_gate)
            {
                _open.Remove(client);
                _open.Remove(server);
            }

            client.Dispose();
            server.Dispose();
        }
    }

    public ValueTask DisposeAsync()
    {
        Cut();
        return ValueTask.CompletedTask;
    }
}
