namespace Portal.Infrastructure.Cluster;

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans.Configuration;
using Orleans.Serialization;
using Orleans.Hosting;
using Portal.Infrastructure.Sessions;
using StackExchange.Redis;

/// <summary>Hosts this node's Orleans silo, where agent session grains live.</summary>
public static class ClusterHosting
{
    public static void AddSessionSilo(this IHostApplicationBuilder builder)
    {
        var settings = ClusterSettings.From(builder.Configuration);
        builder.Services.AddSingleton(settings);
        builder.UseOrleans(silo =>
        {
            if (settings.IsCluster)
            {
                silo.Configure<ClusterOptions>(o =>
                {
                    o.ClusterId = settings.ClusterId;
                    o.ServiceId = ClusterSettings.DefaultClusterId;
                });
                silo.ConfigureEndpoints(settings.Address, settings.SiloPort, settings.GatewayPort, listenOnAnyHostAddress: false);
                // A dead node's agents wait until the others declare it dead: two missed 2-second probes (Orleans'
                // default is three of 5 s, 7-16 s after a kill -9 on a loaded 2-core machine). A node that is merely
                // slow gets longer probes (ExtendProbeTimeoutDuringDegradation, on by default) before it is voted out.
                silo.Configure<ClusterMembershipOptions>(o =>
                {
                    o.ProbeTimeout = TimeSpan.FromSeconds(2);
                    o.NumMissedProbesLimit = 2;
                });
                silo.UseRedisClustering(o => o.ConfigurationOptions = RedisOptions(settings.Redis!));
                // Where each grain's activation is, kept in Redis: registration is atomic there, so even while nodes
                // join or die no agent gets a second session actor (Orleans' built-in directory may briefly allow one).
                silo.UseRedisGrainDirectoryAsDefault(o => o.ConfigurationOptions = RedisOptions(settings.Redis!));
            }
            else
            {
                silo.UseLocalhostClustering(settings.SiloPort, settings.GatewayPort, serviceId: ClusterSettings.DefaultClusterId, clusterId: settings.ClusterId);
            }

            silo.Services.AddSerializer(serializer => serializer.AddDomainValues());
        });

        if (settings.IsCluster)
        {
            builder.Services.AddSingleton<IConnectionMultiplexer>(_ => ConnectionMultiplexer.Connect(RedisOptions(settings.Redis!)));
            builder.Services.AddSingleton<RedisSessionChangeRelay>();
            builder.Services.AddSingleton<ISessionChangeRelay>(sp => sp.GetRequiredService<RedisSessionChangeRelay>());
            // Listening before the live sessions are read, so no change made meanwhile is missed.
            builder.Services.AddHostedService(sp => sp.GetRequiredService<RedisSessionChangeRelay>());
            builder.Services.AddSingleton<ClusterDuties>();
            builder.Services.AddHostedService(sp => sp.GetRequiredService<ClusterDuties>());
            builder.Services.AddSingleton<IClusterBroadcast, RedisClusterBroadcast>();
            builder.Services.AddHostedService<QueueMirror>();
            builder.Services.AddHostedService<ClusterDeskPresence>();
        }
        else
        {
            builder.Services.AddSingleton<ISessionChangeRelay, NoSessionChangeRelay>();
            builder.Services.AddSingleton<IClusterBroadcast, NoClusterBroadcast>();
        }
    }

    /// <summary>Redis may be down when a node starts: it connects when Redis is back instead of failing the start.</summary>
    public static ConfigurationOptions RedisOptions(string connectionString)
    {
        var options = ConfigurationOptions.Parse(connectionString);
        options.AbortOnConnectFail = false;
        return options;
    }
}
