namespace Portal.AriRecorder;

using Portal.Infrastructure.Telephony;
using Portal.Infrastructure.Telephony.Asterisk.Ari;

/// <summary>Passes everything to the real transport and writes down what was sent and what came back, in order.</summary>
public sealed class RecordingAriTransport(IAriTransport inner, DateTimeOffset clock) : IAriTransport
{
    private readonly List<AriConversationEntry> _entries = [new(AriConversationEntry.Start, At: clock)];

    public IReadOnlyList<AriConversationEntry> Entries
    {
        get
        {
            lock (_entries)
            {
                return [.. _entries];
            }
        }
    }

    /// <summary>
    /// A request takes its place in the conversation when it is sent (events it causes can arrive before its response),
    /// and is completed with the response when that comes.
    /// </summary>
    public async Task<AriResponse> SendAsync(AriRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        // Stays "unreachable" when Asterisk does not answer.
        var index = Add(new(AriConversationEntry.Unreachable, request.Method, request.PathAndQuery));
        var response = await inner.SendAsync(request, cancellationToken);
        Replace(index, new(AriConversationEntry.Request, request.Method, request.PathAndQuery, response.Status, AriConversationEntry.JsonOf(response.Body)));
        return response;
    }

    public async Task<IAriEventStream> ConnectAsync(string application, CancellationToken cancellationToken)
    {
        try
        {
            var stream = await inner.ConnectAsync(application, cancellationToken);
            Add(new(AriConversationEntry.Connected, Path: application));
            return new RecordingStream(stream, this);
        }
        catch (TelephonyUnavailableException)
        {
            Add(new(AriConversationEntry.ConnectFailed, Path: application));
            throw;
        }
    }

    private int Add(AriConversationEntry entry)
    {
        lock (_entries)
        {
            _entries.Add(entry);
            return _entries.Count - 1;
        }
    }

    private void Replace(int index, AriConversationEntry entry)
    {
        lock (_entries)
        {
            _entries[index] = entry;
        }
    }

    private sealed class RecordingStream(IAriEventStream inner, RecordingAriTransport owner) : IAriEventStream
    {
        public async Task<string?> ReceiveAsync(CancellationToken cancellationToken)
        {
            var json = await inner.ReceiveAsync(cancellationToken);
            owner.Add(json is null ? new(AriConversationEntry.Closed) : new(AriConversationEntry.Event, Body: AriConversationEntry.JsonOf(json)));
            return json;
        }

        public ValueTask DisposeAsync() => inner.DisposeAsync();
    }
}
