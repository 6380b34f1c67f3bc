namespace Portal.Infrastructure.Cluster;

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

/// <summary>Registers work that must run once per cluster: a hosted service on one node, on the leader in a cluster.</summary>
public static class OncePerCluster
{
    public static IServiceCollection AddOncePerCluster<T>(this IServiceCollection services)
        where T : class, IHostedService
    {
        services.TryAddSingleton<T>();
        services.AddSingleton(sp => new ClusterDuty(typeof(T).Name, sp.GetRequiredService<T>()));
        // Not AddHostedService: it keeps one registration per implementation type, and every one of these is a OneNodeOnly.
        services.AddSingleton<IHostedService>(sp => new OneNodeOnly(sp.GetRequiredService<ClusterSettings>(), sp.GetRequiredService<T>()));
        return services;
    }

    /// <summary>Starts the service with the host when Portal is one process; in a cluster <see cref="ClusterDuties"/> does.</summary>
    private sealed class OneNodeOnly(ClusterSettings settings, IHostedService service) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken) =>
            settings.IsCluster ? Task.CompletedTask : service.StartAsync(cancellationToken);

        public Task StopAsync(CancellationToken cancellationToken) =>
            settings.IsCluster ? Task.CompletedTask : service.StopAsync(cancellationToken);
    }
}
