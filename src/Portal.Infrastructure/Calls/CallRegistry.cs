namespace Portal.Infrastructure.Calls;

using System.Collections.Concurrent;

/// <summary>Every customer call in progress, by telephony call id.</summary>
public sealed class CallRegistry
{
    private readonly ConcurrentDictionary<string, TrackedCall> _calls = new(StringComparer.Ordinal);

    public void Track(TrackedCall call) => _calls[call.CallId] = call;

    public TrackedCall? Find(string callId) => _calls.TryGetValue(callId, out var call) ? call : null;

    public void Update(string callId, Func<TrackedCall, TrackedCall> change)
    {
        if (_calls.TryGetValue(callId, out var call))
        {
            _calls[callId] = change(call);
        }
    }

    public TrackedCall? Forget(string callId) => _calls.TryRemove(callId, out var call) ? call : null;

    public IReadOnlyList<TrackedCall> All() => [.. _calls.Values];
}
