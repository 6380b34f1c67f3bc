namespace Portal.Infrastructure.Telephony;

/// <summary>Call ids the call center gives the calls it places: unique per process start, readable in logs.</summary>
public sealed class CallIds(TimeProvider time)
{
    private readonly string _prefix = $"P{time.GetUtcNow().ToUnixTimeSeconds() % 100000000:D8}";
    private long _sequence;

    public string Next() => $"{_prefix}{Interlocked.Increment(ref _sequence):D6}";
}
