namespace Portal.Web.Api.ContactNow;

/// <summary>The ContactNow API's services: both handlers, the audit writer and every <see cref="IAgentAction"/> in this assembly.</summary>
internal static class ContactNowApiServices
{
    public static IServiceCollection AddContactNowApi(this IServiceCollection services)
    {
        services.AddSingleton<TokenRequestHandler>();
        services.AddSingleton<AgentRequestHandler>();
        services.AddSingleton<ContactNowAudit>();

        var actions = typeof(IAgentAction).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IAgentAction).IsAssignableFrom(t));
        foreach (var action in actions)
        {
            services.AddSingleton(typeof(IAgentAction), action);
        }

        return services;
    }
}
