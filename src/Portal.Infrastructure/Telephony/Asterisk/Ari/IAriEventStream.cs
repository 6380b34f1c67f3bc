namespace Portal.Infrastructure.Telephony.Asterisk.Ari;

/// <summary>An open event WebSocket: one JSON event per message.</summary>
public interface IAriEventStream : IAsyncDisposable
{
    /// <summary>The next event's JSON, or null once the connection is closed.</summary>
    Task<string?> ReceiveAsync(CancellationToken cancellationToken);
}
