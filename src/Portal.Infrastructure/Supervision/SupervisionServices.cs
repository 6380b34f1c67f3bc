namespace Portal.Infrastructure.Supervision;

using Microsoft.Extensions.DependencyInjection;

public static class SupervisionServices
{
    /// <summary>The wallboard's in-memory figures and monitors, and supervisors' remote control.</summary>
    public static IServiceCollection AddSupervision(this IServiceCollection services)
    {
        services.AddSingleton<CallStatisticsLoader>();
        services.AddSingleton<CallStatistics>();
        services.AddHostedService(sp => sp.GetRequiredService<CallStatistics>());
        services.AddSingleton<Calls.ICallsToday>(sp => sp.GetRequiredService<CallStatistics>());
        services.AddSingleton<CallMonitors>();
        services.AddHostedService(sp => sp.GetRequiredService<CallMonitors>());
        services.AddSingleton<RemoteControlCatalog>();
        services.AddSingleton<RemoteControl>();
        services.AddSingleton<IRemoteControl>(sp => sp.GetRequiredService<RemoteControl>());
        services.AddSingleton<Wallboard>();
        return services;
    }
}
