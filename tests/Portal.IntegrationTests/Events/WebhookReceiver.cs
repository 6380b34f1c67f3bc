namespace Portal.IntegrationTests.Events;

using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

/// <summary>A real HTTP receiver on a free loopback port that records every POST and answers as the test decides.</summary>
internal sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;

    private WebhookReceiver(WebApplication app) => _app = app;

    public ConcurrentQueue<ReceivedWebhook> Received { get; } = new();

    public Uri Url { get; private set; } = default!;

    /// <summary>Starts a receiver; <paramref name="answer"/> gives the status code for each request (200 when null).</summary>
    public static async Task<WebhookReceiver> StartAsync(Func<ReceivedWebhook, Task<int>>? answer = null)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var receiver = new WebhookReceiver(app);
        app.Run(async context =>
        {
            using var reader = new StreamReader(context.Request.Body);
            var received = new ReceivedWebhook(
                context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
                await reader.ReadToEndAsync());
            receiver.Received.Enqueue(received);
            context.Response.StatusCode = answer is null ? StatusCodes.Status200OK : await answer(received);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        receiver.Url = new Uri(new Uri(address), "/portal-events");
        return receiver;
    }

    /// <summary>The requests carrying the event type of this agent in this state (any state when null).</summary>
    public IReadOnlyList<ReceivedWebhook> For(string agentUser, string type, string? state = null) =>
        [.. Received.Where(r => r.Event.GetProperty("agentUser").GetString() == agentUser
                                && r.Event.GetProperty("type").GetString() == type
                                && (state is null || r.Event.GetProperty("state").GetString() == state))];

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
