namespace Portal.Web.Events;

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.SignalR;
using Portal.Infrastructure.Identity;
using Portal.Infrastructure.Integrations;
using Portal.Web.Api.Keys;

/// <summary>Registers and maps the live event hub.</summary>
public static class LiveEventServices
{
    public static IServiceCollection AddLiveEvents(this IServiceCollection services)
    {
        services.AddSignalR(hub => hub.AddFilter<HubRefusalLogging>());
        services.AddSingleton<HubRefusalLogging>();
        services.AddLogging(logging => logging.AddFilter(EventStream.DispatcherLogCategory, LogLevel.None));
        services.AddSingleton<IAuthorizationHandler, EventStreamAccess>();
        services.AddAuthentication().AddPolicyScheme(EventStream.Scheme, "API key or portal sign-in", scheme =>
        {
            // A key is only ever read from the Authorization header, never from the query string.
            scheme.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.Count > 0 ? ApiKeyAuthentication.Scheme : IdentityConstants.ApplicationScheme;

            // An event client is not a browser page: no redirect to the login form, a plain 401.
            scheme.ForwardChallenge = ApiKeyAuthentication.Scheme;
            scheme.ForwardForbid = ApiKeyAuthentication.Scheme;
        });
        services.AddAuthorizationBuilder().AddPolicy(EventStream.Policy, policy =>
            policy.AddAuthenticationSchemes(EventStream.Scheme).RequireAuthenticatedUser().AddRequirements(new EventStreamAccess.Requirement()));
        services.AddSingleton<EventSubscribers>();
        services.AddSingleton<EventHubConnections>();
        services.AddSingleton<IApiKeyRevocationListener>(sp => sp.GetRequiredService<EventHubConnections>());
        services.AddSingleton<IUserChangeListener>(sp => sp.GetRequiredService<EventHubConnections>());
        services.AddHostedService<EventHubBroadcaster>();
        return services;
    }

    public static IEndpointRouteBuilder MapLiveEvents(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHub<EventHub>(EventStream.Path);
        return endpoints;
    }
}
