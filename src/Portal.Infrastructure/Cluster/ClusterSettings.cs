namespace Portal.Infrastructure.Cluster;

using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Configuration;

/// <summary>
/// Where this node's silo listens and which cluster it joins. Without <c>ConnectionStrings:Redis</c> Portal is one
/// process (Orleans' localhost clustering on a free loopback port); with it, every node that shares the Redis server,
/// the cluster id and the PostgreSQL database is one cluster.
/// </summary>
public sealed record ClusterSettings(string? Redis, string ClusterId, IPAddress Address, int SiloPort, int GatewayPort)
{
    public const string Section = "Portal:Cluster";
    public const string DefaultClusterId = "portal";

    /// <summary>One process on its own (its silo port is not used by anything but this process).</summary>
    public static readonly ClusterSettings OneProcess = new(null, DefaultClusterId, IPAddress.Loopback, 11111, 0);

    public bool IsCluster => Redis is not null;

    public static ClusterSettings From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(Section);
        // An empty Redis (as in appsettings.sample.json) is one process, with a free silo port like no Redis at all.
        var redis = configuration.GetConnectionString("Redis") is { } value && !string.IsNullOrWhiteSpace(value) ? value : null;
        var address = section["Address"] is { Length: > 0 } text ? IPAddress.Parse(text) : IPAddress.Loopback;
        return new ClusterSettings(
            redis,
            section["ClusterId"] is { Length: > 0 } id ? id : DefaultClusterId,
            address,
            section.GetValue<int?>("SiloPort") ?? (redis is null ? FreeLoopbackPort() : 11111),
            section.GetValue<int?>("GatewayPort") ?? 0);
    }

    /// <summary>A port nobody listens on now: one process on its own needs its silo port only for itself.</summary>
    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
