namespace Portal.IntegrationTests.Events;

using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;

/// <summary>
/// A SignalR client for the event hub speaking the JSON hub protocol over a raw WebSocket (the .NET SignalR client
/// is not on this machine's package registry): handshake, invocations with completions, and the "event" messages.
/// </summary>
internal sealed class HubSocket : IAsyncDisposable
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);
    private const char RecordSeparator = '\u001e';

    private readonly WebSocket _socket;
    private readonly Channel<JsonElement> _events = Channel.CreateUnbounded<JsonElement>();
    private readonly ConcurrentDictionary<string, TaskCompletionSource<JsonElement>> _pending = new();
    private readonly TaskCompletionSource<string?> _handshake = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly CancellationTokenSource _closing = new();
    private readonly Task _reading;
    private int _nextInvocation;

    private HubSocket(WebSocket socket)
    {
        _socket = socket;
        _reading = Task.Run(ReadAsync);
    }

    /// <summary>Every event received so far that a wait skipped over, in order.</summary>
    public List<JsonElement> Skipped { get; } = [];

    /// <summary>Connects with an API key (bearer header) or a sign-in cookie and completes the handshake.</summary>
    public static async Task<HubSocket> ConnectAsync(PortalFactory factory, string? apiKey = null, string? cookie = null)
    {
        var client = factory.Server.CreateWebSocketClient();
        client.ConfigureRequest = request =>
        {
            if (apiKey is not null)
            {
                request.Headers.Authorization = $"Bearer {apiKey}";
            }

            if (cookie is not null)
            {
                request.Headers.Cookie = cookie;
            }
        };
        var socket = await client.ConnectAsync(new Uri("ws://localhost/hubs/events"), CancellationToken.None);
        var hub = new HubSocket(socket);
        await hub.SendAsync("""{"protocol":"json","version":1}""");
        var error = await hub._handshake.Task.WaitAsync(Timeout);
        Assert.True(error is null, $"Handshake refused: {error}");
        return hub;
    }

    /// <summary>Invokes a hub method; returns its result, or throws <see cref="HubError"/> with the server's message.</summary>
    public async Task<JsonElement> InvokeAsync(string method, params object?[] arguments)
    {
        var id = Interlocked.Increment(ref _nextInvocation).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var completion = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = completion;
        await SendAsync(JsonSerializer.Serialize(new { type = 1, invocationId = id, target = method, arguments }));
        var message = await completion.Task.WaitAsync(Timeout);
        if (message.TryGetProperty("error", out var error))
        {
            throw new HubError(error.GetString()!);
        }

        return message.TryGetProperty("result", out var result) ? result.Clone() : default;
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

    public async ValueTask DisposeAsync()
    {
        await _closing.CancelAsync();
        try
        {
            await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", CancellationToken.None);
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException or IOException)
        {
        }

        await _reading.ContinueWith(_ => { }, TaskScheduler.Default);
        _socket.Dispose();
        _closing.Dispose();
    }

    private Task SendAsync(string json) =>
        _socket.SendAsync(Encoding.UTF8.GetBytes(json + RecordSeparator), WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);

    private async Task ReadAsync()
    {
        var buffer = new byte[16 * 1024];
        var text = new StringBuilder();
        while (!_closing.IsCancellationRequested && _socket.State == WebSocketState.Open)
        {
            WebSocketReceiveResult received;
            try
            {
                received = await _socket.ReceiveAsync(buffer, _closing.Token);
            }
            catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or IOException)
            {
                break;
            }

            if (received.MessageType == WebSocketMessageType.Close)
            {
                break;
            }

            text.Append(Encoding.UTF8.GetString(buffer, 0, received.Count));
            var all = text.ToString();
            var end = all.LastIndexOf(RecordSeparator);
            if (end < 0)
            {
                continue;
            }

            text.Clear().Append(all[(end + 1)..]);
            foreach (var frame in all[..end].Split(RecordSeparator))
            {
                Dispatch(JsonDocument.Parse(frame).RootElement.Clone());
            }
        }

        _handshake.TrySetResult("the connection closed");
        _events.Writer.TryComplete();
    }

    private void Dispatch(JsonElement message)
    {
        if (!message.TryGetProperty("type", out var type))
        {
            // The handshake answer: {} or {"error": "..."}.
            _handshake.TrySetResult(message.TryGetProperty("error", out var error) ? error.GetString() : null);
            return;
        }

        switch (type.GetInt32())
        {
            case 1 when message.GetProperty("target").GetString() == "event":
                _events.Writer.TryWrite(message.GetProperty("arguments")[0]);
                break;
            case 3 when _pending.TryRemove(message.GetProperty("invocationId").GetString()!, out var completion):
                completion.TrySetResult(message);
                break;
            case 7:
                _handshake.TrySetResult(message.TryGetProperty("error", out var closeError) ? closeError.GetString() : "closed by the server");
                break;
        }
    }
}
