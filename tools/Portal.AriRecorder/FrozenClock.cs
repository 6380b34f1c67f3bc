namespace Portal.AriRecorder;

/// <summary>
/// A clock that always reads the same instant while its timers run in real time: the adapter's channel ids and
/// recording names come out the same when recorded and when replayed, and its waits and reconnects still happen.
/// </summary>
public sealed class FrozenClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        System.CreateTimer(callback, state, dueTime, period);
}
