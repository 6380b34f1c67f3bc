namespace Portal.AriRecorder.Scenarios;

using Portal.Infrastructure.Telephony;
using Portal.Infrastructure.Telephony.Asterisk;

/// <summary>
/// What a scenario works with: the adapter under test (made by <paramref name="adapters"/>: the first Portal, and the
/// one that starts after it), its events, and (against a real Asterisk) the PBX. <paramref name="settle"/> lets what is
/// on its way arrive before a Portal stops.
/// </summary>
public sealed class ScenarioContext(Func<int, AsteriskTelephony> adapters, ITestPbx? pbx, Func<Task> settle) : IAsyncDisposable
{
    private static readonly TimeSpan EventTimeout = TimeSpan.FromSeconds(15);
    private AsteriskTelephony? _telephony;
    private int _generation;

    public AsteriskTelephony Telephony => _telephony ?? throw new InvalidOperationException("Start the scenario first.");

    /// <summary>Starts the first Portal's adapter and waits until it is connected.</summary>
    public async Task StartAsync()
    {
        _telephony = adapters(_generation);
        await _telephony.StartAsync(CancellationToken.None);
        await EventuallyAsync(() => _telephony.IsConnected, "connecting to Asterisk");
    }

    /// <summary>Portal stops (without hanging anything up) and starts again: the new adapter finds the calls on Asterisk.</summary>
    public async Task RestartPortalAsync()
    {
        await settle();
        await StopAsync();
        _generation++;
        await StartAsync();
    }

    public async ValueTask DisposeAsync() => await StopAsync();

    private async Task StopAsync()
    {
        if (_telephony is { } telephony)
        {
            await telephony.StopAsync(CancellationToken.None);
            telephony.Dispose();
            _telephony = null;
        }
    }

    /// <summary>The next event the adapter raises must be a <typeparamref name="T"/> (for this call, when given).</summary>
    public async Task<T> ExpectAsync<T>(string? callId = null)
        where T : TelephonyEvent
    {
        using var timeout = new CancellationTokenSource(EventTimeout);
        TelephonyEvent next;
        try
        {
            next = await Telephony.Events.ReadAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            throw new ScenarioFailedException($"expected {typeof(T).Name}{For(callId)}, but no event came within {EventTimeout.TotalSeconds} s");
        }

        if (next is not T matching || (callId is not null && next.CallId != callId))
        {
            throw new ScenarioFailedException($"expected {typeof(T).Name}{For(callId)}, got {next}");
        }

        return matching;
    }

    /// <summary>No event is waiting now (e.g. Portal's own hang-up is not reported as the customer's).</summary>
    public void ExpectNoEvent()
    {
        if (Telephony.Events.TryRead(out var unexpected))
        {
            throw new ScenarioFailedException($"expected no event, got {unexpected}");
        }
    }

    /// <summary>A caller rings in (on a real Asterisk) and arrives at the adapter; returns the call's id.</summary>
    public async Task<string> CallInAsync(string inGroup, string callerNumber)
    {
        if (pbx is not null)
        {
            await pbx.CallInAsync(inGroup, callerNumber);
        }

        var arrived = await ExpectAsync<InboundCallArrived>();
        Check(arrived.InGroupId == inGroup && arrived.CallerNumber == callerNumber, $"the caller arrives at {inGroup} as {callerNumber} (got {arrived})");
        return arrived.CallId;
    }

    /// <summary>Runs against the real PBX only (an outside action, or a check of what Asterisk did); a replay skips it.</summary>
    public Task OnPbxAsync(Func<ITestPbx, Task> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        return pbx is null ? Task.CompletedTask : action(pbx);
    }

    /// <summary>Checks, on the real PBX, that a bridge comes to hold exactly these channels.</summary>
    public Task ExpectBridgeAsync(string bridgeId, params string?[] channels) => EventuallyOnPbxAsync(
        async p => (await p.BridgeMembersAsync(bridgeId)).Order().SequenceEqual(channels.Select(c => c ?? "").Order()),
        $"bridge {bridgeId} holding [{string.Join(", ", channels)}]");

    /// <summary>Waits until a condition on the adapter holds (it follows events that may still be on their way).</summary>
    public static async Task EventuallyAsync(Func<bool> condition, string what)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var until = DateTime.UtcNow + EventTimeout;
        while (!condition())
        {
            if (DateTime.UtcNow > until)
            {
                throw new ScenarioFailedException($"{what} did not happen within {EventTimeout.TotalSeconds} s");
            }

            await Task.Delay(20);
        }
    }

    /// <summary>Waits, on the real PBX only, until a check of Asterisk's state holds.</summary>
    public Task EventuallyOnPbxAsync(Func<ITestPbx, Task<bool>> condition, string what) => OnPbxAsync(async p =>
    {
        var until = DateTime.UtcNow + EventTimeout;
        while (!await condition(p))
        {
            if (DateTime.UtcNow > until)
            {
                throw new ScenarioFailedException($"{what} did not happen on Asterisk within {EventTimeout.TotalSeconds} s");
            }

            await Task.Delay(50);
        }
    });

    public static void Check(bool condition, string what)
    {
        if (!condition)
        {
            throw new ScenarioFailedException(what);
        }
    }

    private static string For(string? callId) => callId is null ? "" : $" for {callId}";
}
