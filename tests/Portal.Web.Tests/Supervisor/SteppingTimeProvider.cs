namespace Portal.Web.Tests.Supervisor;

/// <summary>A clock the test moves forward, to watch rows change colour as time passes.</summary>
internal sealed class SteppingTimeProvider(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
