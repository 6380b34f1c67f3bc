namespace Portal.Infrastructure.Telephony.Asterisk.Ari;

/// <summary>
/// The wire to Asterisk: REST calls and the WebSocket of events. The real one is <see cref="AriHttpTransport"/>; the
/// recorder wraps it to write a conversation down, and the tests replay one.
/// </summary>
public interface IAriTransport
{
    /// <summary>Sends a request; throws <see cref="TelephonyUnavailableException"/> when Asterisk cannot be reached.</summary>
    Task<AriResponse> SendAsync(AriRequest request, CancellationToken cancellationToken);

    /// <summary>Opens the application's event stream (which registers the Stasis application).</summary>
    Task<IAriEventStream> ConnectAsync(string application, CancellationToken cancellationToken);
}
