namespace Portal.IntegrationTests.Cluster;

using Microsoft.AspNetCore.Hosting;

/// <summary>One Portal node of a test cluster: the shared PostgreSQL database, Redis, its own silo port.</summary>
public sealed class ClusterNode(string database, string redis, string clusterId) : PortalFactory(database)
{
    public int SiloPort { get; } = TestRedis.FreePort();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("ConnectionStrings:Redis", redis);
        builder.UseSetting("Portal:Cluster:ClusterId", clusterId);
        builder.UseSetting("Portal:Cluster:SiloPort", SiloPort.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
