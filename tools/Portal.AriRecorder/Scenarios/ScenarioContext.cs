namespace Portal.AriRecorder.Scenarios;

using Portal.Infrastructure.Telephony;
using Portal.Infrastructure.Telephony.Asterisk;

/// <summary>What a scenario works with: the adapter under test, its events, and (against a real Asterisk) the PBX.</summary>
public sealed class ScenarioContext(AsteriskTelephony telephony, ITestPbx? pbx)
{
    private static readonly TimeSpan EventTimeout = TimeSpan.FromSeconds(15);

    public AsteriskTelephony Telephony => telephony;

    /// <summary>The next event the adapter raises must be a <typeparamref name="T"/> (for this call, when given).</summary>
    public async Task<T> ExpectAsync<T>(string? callId = null)
        where T : TelephonyEvent
    {
        using var timeout = new CancellationTokenSource(EventTimeout);
        TelephonyEvent next;
        try
        {
            next = await telephony.Events.ReadAsync(timeout.Token);
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
        if (telephony.Events.TryRead(out var unexpected))
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
