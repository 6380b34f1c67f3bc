namespace Portal.Web.Components.Agent;

/// <summary>
/// Wakes the desk when its next unpinned notification is due to leave the screen: one timer, moved whenever that time
/// changes, so the page renders again then (and the board, read at that render, no longer lists it).
/// </summary>
public sealed class NotificationExpiry(TimeProvider time, Func<Action, Task> onDue) : IDisposable
{
    private ITimer? _timer;
    private DateTimeOffset? _at;

    /// <summary>Aims the timer at <paramref name="next"/> (null: no notification will expire).</summary>
    public void Aim(DateTimeOffset? next)
    {
        if (next == _at)
        {
            return;
        }

        _timer?.Dispose();
        _at = next;
        _timer = next is not { } at ? null : time.CreateTimer(
            _ => _ = onDue(() => _at = null),
            null,
            TimeSpan.FromTicks(Math.Max(0, (at - time.GetUtcNow()).Ticks)) + TimeSpan.FromMilliseconds(50),
            Timeout.InfiniteTimeSpan);
    }

    public void Dispose() => _timer?.Dispose();
}
