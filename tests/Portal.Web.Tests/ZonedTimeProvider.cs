namespace Portal.Web.Tests;

/// <summary>A clock stopped at one moment in a given local time zone, for tests around daylight saving time.</summary>
internal sealed class ZonedTimeProvider(DateTimeOffset now, TimeZoneInfo zone) : TimeProvider
{
    /// <summary>Central European time built in code (CET, CEST from the last Sunday of March to the last Sunday of October), so no tz database is needed.</summary>
    public static readonly TimeZoneInfo CentralEurope = TimeZoneInfo.CreateCustomTimeZone(
        "Test/CentralEurope",
        TimeSpan.FromHours(1),
        "Central European Time",
        "CET",
        "CEST",
        [
            TimeZoneInfo.AdjustmentRule.CreateAdjustmentRule(
                DateTime.MinValue.Date,
                DateTime.MaxValue.Date,
                TimeSpan.FromHours(1),
                TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new DateTime(1, 1, 1, 2, 0, 0), 3, 5, DayOfWeek.Sunday),
                TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new DateTime(1, 1, 1, 3, 0, 0), 10, 5, DayOfWeek.Sunday)),
        ]);

    public override TimeZoneInfo LocalTimeZone => zone;

    public override DateTimeOffset GetUtcNow() => now;
}
