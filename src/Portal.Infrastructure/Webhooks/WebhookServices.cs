namespace Portal.Infrastructure.Webhooks;

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Http;
using Portal.Infrastructure.Cluster;

/// <summary>Registers webhooks: subscriptions, the outbox that persists deliveries and the dispatcher that sends them.</summary>
public static class WebhookServices
{
    public static IHostApplicationBuilder AddWebhooks(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<WebhookOptions>()
            .Bind(builder.Configuration.GetSection(WebhookOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddHttpClient(WebhookSender.ClientName, client => client.DefaultRequestHeaders.UserAgent.ParseAdd("Portal-Webhooks/1.0"))
            // A receiver's redirect is an answer to record, not an invitation to POST the event somewhere else.
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false, PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
            // The default request logging would write receivers' URLs, which may carry their own tokens, to the log.
            .RemoveAllLoggers();
        services.AddSingleton<WebhookRegistry>();
        services.AddSingleton<IWebhookAdmin>(sp => sp.GetRequiredService<WebhookRegistry>());
        services.AddSingleton<WebhookSender>();
        services.AddSingleton<WebhookDispatcher>();
        services.AddOncePerCluster<WebhookDispatcher>();
        services.AddOncePerCluster<WebhookOutbox>();
        return builder;
    }
}
