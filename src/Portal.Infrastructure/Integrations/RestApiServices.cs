namespace Portal.Infrastructure.Integrations;

using Microsoft.Extensions.DependencyInjection;
using Portal.Infrastructure.AgentApi.Leads;
using Portal.Infrastructure.Audit;
using Portal.Infrastructure.Callbacks;
using Portal.Infrastructure.Leads;

/// <summary>The services behind the REST API and its admin page that the Agent API does not already register.</summary>
public static class RestApiServices
{
    public static IServiceCollection AddRestApiServices(this IServiceCollection services)
    {
        services.AddSingleton<ApiAuditSearch>();
        services.AddSingleton<ScheduledCallbacks>();
        services.AddSingleton<LeadCampaigns>();
        services.AddSingleton<AgentInGroupChanges>();
        services.AddSingleton<IApiKeyAdministration, ApiKeyAdministration>();
        return services;
    }
}
