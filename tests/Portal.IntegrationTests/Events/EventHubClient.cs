namespace Portal.IntegrationTests.Events;

using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;

/// <summary>
/// The official .NET SignalR client connected to the event hub of the in-memory server over WebSockets, as an
/// integrator's .NET program connects: an API key (bearer header) or a sign-in cookie, invocations, and the "event" messages.
/// </summary>
internal sealed class EventHubClient : IAsyncDisposable
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    private readonly HubConnection _connection;
    private readonly Channel<JsonElement> _events = Channel.CreateUnbounded<JsonElement>();
    private readonly TaskCompletionSource _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private EventHubClient(HubConnection connection)
    {
        _connection = connection;
        _connection.On<JsonElement>("event", received => _events.Writer.TryWrite(received));
        _connection.Closed += _ =>
        {
            _closed.TrySetResult();
            return Task.CompletedTask;
        };
    }

    /// <summary>Every event received so far that a wait skipped over, in order.</summary>
    public List<JsonElement> Skipped { get; } = [];

    /// <summary>Connects with an API key (bearer header) or a sign-in cookie; throws when the server refuses.</summary>
    public static async Task<EventHubClient> ConnectAsync(PortalFactory factory, string? apiKey = null, string? cookie = null)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(factory.Server.BaseAddress, "hubs/events"), options =>
            {
                options.Transports = HttpTransportType.WebSockets;
                options.HttpMessageHandlerFactory = _ => factory.Server.CreateHandler();
                options.WebSocketFactory = (context, cancellation) =>
                {
                    var sockets = factory.Server.CreateWebSocketClient();
                    sockets.ConfigureRequest = request =>
                    {
                        foreach (var (name, value) in context.Options.Headers)
                        {
                            request.Headers[name] = value;
                        }
                    };
                    return new ValueTask<System.Net.WebSockets.WebSocket>(sockets.ConnectAsync(context.Uri, cancellation));
                };
                if (apiKey is not null)
                {
                    options.Headers["Authorization"] = $"Bearer {apiKey}";
                }

                if (cookie is not null)
                {
                    options.Headers["Cookie"] = cookie;
                }
            })
            .Build();
        var client = new EventHubClient(connection);
        try
        {
            using var timeout = new CancellationTokenSource(Timeout);
            await connection.StartAsync(timeout.Token);
        }
        catch
        {
            await client.DisposeAsync();
            throw;
        }

        return client;
    }

    /// <summary>Invokes a hub method and returns its result; a refusal throws the client's <see cref="HubException"/>.</summary>
    public async Task<JsonElement> InvokeAsync(string method, params object?[] arguments)
    {
        using var timeout = new CancellationTokenSource(Timeout);
        return await _connection.InvokeCoreAsync<JsonElement>(method, arguments, timeout.Token);
    }

    /// <summary>Waits for the next event that matches, remembering the ones before it in <see cref="Skipped"/>.</summary>
    public async Task<JsonElement> NextEventAsync(Func<JsonElement, bool> matches, string waitingFor)
    {
        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            while (true)
            {
                var received = await _events.Reader.ReadAsync(timeout.Token);
                if (matches(received))
                {
                    return received;
                }

                Skipped.Add(received);
            }
        }
        catch (OperationCanceledException)
        {
            Assert.Fail($"Timed out after {Timeout.TotalSeconds} s waiting for {waitingFor}; received instead: "
                + string.Join(" ", Skipped.Select(e => e.GetRawText())));
            throw;
        }
    }

    /// <summary>Waits until the server closes the connection; fails the test on timeout.</summary>
    public async Task ClosedByServerAsync(string why)
    {
        try
        {
            await _closed.Task.WaitAsync(Timeout);
        }
        catch (TimeoutException)
        {
            Assert.Fail($"The hub connection was still open after {Timeout.TotalSeconds} s although {why}.");
        }
    }

    public ValueTask DisposeAsync() => _connection.DisposeAsync();
}
