namespace Portal.IntegrationTests.ContactNow;

/// <summary>The system clock moved by <see cref="Offset"/>: a test can jump past a token's expiry; timers still run in real time.</summary>
public sealed class ShiftedClock : TimeProvider
{
    public TimeSpan Offset { get; set; }

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Offset;
}
