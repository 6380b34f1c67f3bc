namespace Portal.Infrastructure.Telephony.Asterisk.Ari;

using System.Net.Http.Headers;
using System.Net.WebSockets;
using System.Text;

/// <summary>
/// ARI over HTTP and a WebSocket. The credentials travel only in the Authorization header, never in a URL, so no log
/// line or exception message carries them.
/// </summary>
public sealed class AriHttpTransport : IAriTransport, IDisposable
{
    private readonly HttpClient _http;
    private readonly Uri _events;
    private readonly AuthenticationHeaderValue _authorization;

    public AriHttpTransport(AsteriskOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var root = new Uri(options.AriUrl.TrimEnd('/') + "/ari/");
        _authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{options.AriUser}:{options.AriPassword}")));
        _http = new HttpClient { BaseAddress = root, Timeout = TimeSpan.FromSeconds(10) };
        _http.DefaultRequestHeaders.Authorization = _authorization;
        _events = new UriBuilder(root) { Scheme = root.Scheme == "https" ? "wss" : "ws", Path = root.AbsolutePath + "events" }.Uri;
    }

    public async Task<AriResponse> SendAsync(AriRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var message = new HttpRequestMessage(new HttpMethod(request.Method), request.PathAndQuery);
        try
        {
            using var response = await _http.SendAsync(message, cancellationToken);
            return new AriResponse((int)response.StatusCode, await response.Content.ReadAsStringAsync(cancellationToken));
        }
        catch (Exception ex) when (ex is HttpRequestException || (ex is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw new TelephonyUnavailableException($"Asterisk did not answer {request.Method} {request.Path}: {ex.Message}", ex);
        }
    }

    public async Task<IAriEventStream> ConnectAsync(string application, CancellationToken cancellationToken)
    {
        var socket = new ClientWebSocket();
        socket.Options.SetRequestHeader("Authorization", _authorization.ToString());
        socket.Options.KeepAliveInterval = TimeSpan.FromSeconds(15);
        try
        {
            await socket.ConnectAsync(new Uri($"{_events}?app={Uri.EscapeDataString(application)}&subscribeAll=false"), cancellationToken);
            return new WebSocketEventStream(socket);
        }
        catch (Exception ex) when (ex is WebSocketException or HttpRequestException)
        {
            socket.Dispose();
            throw new TelephonyUnavailableException($"Asterisk's event stream could not be opened: {ex.Message}", ex);
        }
    }

    public void Dispose() => _http.Dispose();

    private sealed class WebSocketEventStream(ClientWebSocket socket) : IAriEventStream
    {
        private readonly byte[] _buffer = new byte[16 * 1024];

        public async Task<string?> ReceiveAsync(CancellationToken cancellationToken)
        {
            using var message = new MemoryStream();
            try
            {
                while (true)
                {
                    var result = await socket.ReceiveAsync(_buffer, cancellationToken);
                    if (result.MessageType == WebSocketMessageType.Close)
                    {
                        return null;
                    }

                    message.Write(_buffer, 0, result.Count);
                    if (result.EndOfMessage)
                    {
                        return Encoding.UTF8.GetString(message.GetBuffer(), 0, (int)message.Length);
                    }
                }
            }
            catch (WebSocketException)
            {
                return null;
            }
        }

        public async ValueTask DisposeAsync()
        {
            if (socket.State == WebSocketState.Open)
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(1));
                try
                {
                    await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "", timeout.Token);
                }
                catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
                {
                }
            }

            socket.Dispose();
        }
    }
}
