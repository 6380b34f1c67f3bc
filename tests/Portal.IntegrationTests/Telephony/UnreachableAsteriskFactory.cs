namespace Portal.IntegrationTests.Telephony;

using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

/// <summary>Portal configured for Asterisk, pointed at a port where nothing listens: the PBX is down.</summary>
public sealed class UnreachableAsteriskFactory : PortalFactory
{
    public const string AriPassword = "ari-secret-7d1f0c";

    public CapturedLogs Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Telephony:Provider", "Asterisk");
        builder.UseSetting("Telephony:Asterisk:AriUrl", $"http://127.0.0.1:{ClosedPort()}");
        builder.UseSetting("Telephony:Asterisk:AriUser", "portal");
        builder.UseSetting("Telephony:Asterisk:AriPassword", AriPassword);
        builder.UseSetting("Telephony:Asterisk:ReconnectSeconds", "0.2");
        builder.ConfigureServices(services => services.AddLogging(logging => logging.AddProvider(Logs).SetMinimumLevel(LogLevel.Trace)));
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
