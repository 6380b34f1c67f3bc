namespace Portal.Infrastructure.Supervision;

/// <summary>
/// Today's call figures of a campaign (or of several, added up): calls answered by agents and dropped without one,
/// the caller's wait in the queue before an agent took the call, talk time and wrap-up time.
/// </summary>
public sealed record CallFigures(
    int Answered, int Dropped, int Waited, double WaitSeconds, int Talks, double TalkSeconds, int WrapUps, double WrapUpSeconds)
{
    public static readonly CallFigures None = new(0, 0, 0, 0, 0, 0, 0, 0);

    public int Total => Answered + Dropped;

    /// <summary>Dropped calls as a share of all calls, 0–100; null before the first call.</summary>
    public double? DropPercent => Total == 0 ? null : 100.0 * Dropped / Total;

    public TimeSpan? AverageWait => Average(WaitSeconds, Waited);

    public TimeSpan? AverageTalk => Average(TalkSeconds, Talks);

    public TimeSpan? AverageWrapUp => Average(WrapUpSeconds, WrapUps);

    public CallFigures Plus(CallFigures other) => new(
        Answered + other.Answered, Dropped + other.Dropped, Waited + other.Waited, WaitSeconds + other.WaitSeconds,
        Talks + other.Talks, TalkSeconds + other.TalkSeconds, WrapUps + other.WrapUps, WrapUpSeconds + other.WrapUpSeconds);

    private static TimeSpan? Average(double seconds, int count) => count == 0 ? null : TimeSpan.FromSeconds(seconds / count);
}
