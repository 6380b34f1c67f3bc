namespace Portal.IntegrationTests.Telephony;

using Portal.AriRecorder;
using Portal.Infrastructure.Telephony;
using Portal.Infrastructure.Telephony.Asterisk.Ari;

/// <summary>
/// Plays a recorded ARI conversation back to the adapter. A request is answered with what Asterisk answered to the
/// same request (method, path and query) in the recording; a request the recording does not have is refused and
/// noted, so the test fails. An event is delivered once every request recorded before it has been sent, so the adapter
/// sees the events in the state it was in when Asterisk sent them.
/// </summary>
internal sealed class ReplayAriTransport(IReadOnlyList<AriConversationEntry> entries) : IAriTransport
{
    private readonly bool[] _used = new bool[entries.Count];
    private readonly List<string> _unexpected = [];
    private readonly Lock _gate = new();
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _nextConnect;

    /// <summary>Requests the adapter sent that the recording does not have.</summary>
    public IReadOnlyList<string> Unexpected
    {
        get
        {
            lock (_gate)
            {
                return [.. _unexpected];
            }
        }
    }

    /// <summary>What the recording has that did not happen in the replay (requests not sent, events not delivered).</summary>
    public IReadOnlyList<string> Pending
    {
        get
        {
            lock (_gate)
            {
                return [.. entries.Select((e, i) => (e, i)).Where(x => !_used[x.i] && x.e.Kind != AriConversationEntry.Start).Select(x => $"#{x.i} {x.e.Kind} {x.e.Method} {x.e.Path}".TrimEnd())];
            }
        }
    }

    public Task<AriResponse> SendAsync(AriRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        AriConversationEntry? match = null;
        lock (_gate)
        {
            for (var i = 0; i < entries.Count; i++)
            {
                var e = entries[i];
                if (!_used[i] && e.Kind is AriConversationEntry.Request or AriConversationEntry.Unreachable && e.Method == request.Method && e.Path == request.PathAndQuery)
                {
                    _used[i] = true;
                    match = e;
                    break;
                }
            }

            if (match is null)
            {
                _unexpected.Add(request.ToString());
            }

            Pulse();
        }

        return match switch
        {
            null => throw new InvalidOperationException($"The recording has no {request}"),
            { Kind: AriConversationEntry.Unreachable } => throw new TelephonyUnavailableException($"Asterisk did not answer {request.Method} {request.Path} (recorded)"),
            _ => Task.FromResult(new AriResponse(match.Status!.Value, match.Text)),
        };
    }

    public async Task<IAriEventStream> ConnectAsync(string application, CancellationToken cancellationToken)
    {
        int index;
        lock (_gate)
        {
            index = NextIndex(_nextConnect, e => e.Kind is AriConversationEntry.Connected or AriConversationEntry.ConnectFailed);
            _nextConnect = index + 1;
        }

        if (index < 0)
        {
            // The recording ends here: no more connections, as if Asterisk stayed away until the test stops.
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }

        await WaitForRequestsBeforeAsync(index, cancellationToken);
        lock (_gate)
        {
            _used[index] = true;
            Pulse();
        }

        return entries[index].Kind == AriConversationEntry.Connected
            ? new Stream(this, index + 1)
            : throw new TelephonyUnavailableException("Asterisk's event stream could not be opened (recorded)");
    }

    /// <summary>
    /// Before a Portal stops in the middle of a conversation: waits until everything recorded before the next
    /// connection has been played (what the stopping Portal still received).
    /// </summary>
    public async Task SettleAsync()
    {
        int next;
        lock (_gate)
        {
            next = NextIndex(_nextConnect, e => e.Kind is AriConversationEntry.Connected or AriConversationEntry.ConnectFailed);
        }

        var until = DateTime.UtcNow.AddSeconds(10);
        while (DateTime.UtcNow < until)
        {
            lock (_gate)
            {
                if (Enumerable.Range(1, (next < 0 ? entries.Count : next) - 1).All(i => _used[i]))
                {
                    return;
                }
            }

            await Task.Delay(10);
        }
    }

    /// <summary>Waits until the replay has done everything the recording has.</summary>
    public async Task WaitUntilDoneAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        while (true)
        {
            Task changed;
            lock (_gate)
            {
                if (Pending.Count == 0)
                {
                    return;
                }

                changed = _changed.Task;
            }

            try
            {
                await changed.WaitAsync(cancel.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private int NextIndex(int from, Func<AriConversationEntry, bool> kind)
    {
        for (var i = from; i < entries.Count; i++)
        {
            if (kind(entries[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private async Task WaitForRequestsBeforeAsync(int index, CancellationToken cancellationToken)
    {
        while (true)
        {
            Task changed;
            lock (_gate)
            {
                var waiting = false;
                for (var i = 0; i < index; i++)
                {
                    waiting |= !_used[i] && entries[i].Kind is AriConversationEntry.Request or AriConversationEntry.Unreachable;
                }

                if (!waiting)
                {
                    return;
                }

                changed = _changed.Task;
            }

            await changed.WaitAsync(cancellationToken);
        }
    }

    private AriConversationEntry EntryAt(int index) => entries[index];

    private void Pulse()
    {
        var changed = _changed;
        _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        changed.TrySetResult();
    }

    private sealed class Stream(ReplayAriTransport replay, int from) : IAriEventStream
    {
        private int _cursor = from;

        public async Task<string?> ReceiveAsync(CancellationToken cancellationToken)
        {
            int index;
            lock (replay._gate)
            {
                index = replay.NextIndex(_cursor, e => e.Kind is AriConversationEntry.Event or AriConversationEntry.Closed);
            }

            if (index < 0)
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }

            await replay.WaitForRequestsBeforeAsync(index, cancellationToken);
            lock (replay._gate)
            {
                replay._used[index] = true;
                _cursor = index + 1;
                replay.Pulse();
            }

            var entry = replay.EntryAt(index);
            return entry.Kind == AriConversationEntry.Event ? entry.Text : null;
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
