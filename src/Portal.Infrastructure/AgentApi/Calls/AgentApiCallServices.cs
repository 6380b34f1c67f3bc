namespace Portal.Infrastructure.AgentApi.Calls;

using Microsoft.Extensions.DependencyInjection;
using Portal.Infrastructure.Cluster;

/// <summary>The services behind the Agent API's call functions (external_status, audio_playback, send_dtmf, ...).</summary>
public static class AgentApiCallServices
{
    public static IServiceCollection AddAgentApiCallServices(this IServiceCollection services)
    {
        services.AddSingleton<PendingDispositions>();
        services.AddHostedService(sp => sp.GetRequiredService<PendingDispositions>());
        services.AddSingleton<CommandsOnAnswer>();
        services.AddHostedService(sp => sp.GetRequiredService<CommandsOnAnswer>());
        services.AddSingleton<AgentAudioPlayback>();
        services.AddSingleton<DtmfSender>();
        services.AddSingleton<TransferTargets>();
        services.AddSingleton<RemoteCallControl>();
        services.AddOnLeader<IRemoteCallControl, RemoteCallControl, IRemoteCallControlOnLeader>();
        services.AddSingleton<LeadVoicemailMessages>();
        services.AddSingleton<FronterLocator>();
        return services;
    }
}
