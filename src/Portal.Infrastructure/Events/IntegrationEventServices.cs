namespace Portal.Infrastructure.Events;

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Portal.Infrastructure.Webhooks;

/// <summary>Registers the integration events: the feed from the session bus, viewer scopes, and webhooks.</summary>
public static class IntegrationEventServices
{
    public static IHostApplicationBuilder AddIntegrationEvents(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<EventViewers>();
        builder.Services.AddSingleton<IntegrationEventFeed>();

        // The outbox is registered before the feed so it stops after it: the host stops services in reverse order,
        // and the outbox drains what the feed hands on while stopping.
        builder.AddWebhooks();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<IntegrationEventFeed>());
        return builder;
    }
}
