namespace Portal.Web.Tests;

/// <summary>A clock stopped at one moment, so elapsed times render deterministically.</summary>
internal sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
