namespace Portal.IntegrationTests.Reports;

using Portal.Infrastructure.Reports;

/// <summary>A report day runs from local midnight to local midnight, whatever daylight saving does in between.</summary>
public sealed class ReportClockTests
{
    /// <summary>Central European time built in code (CET; CEST from the last Sunday of March to the last Sunday of October).</summary>
    private static readonly TimeZoneInfo CentralEurope = TimeZoneInfo.CreateCustomTimeZone(
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

    [Theory]
    [InlineData(2026, 3, 29, 23)]
    [InlineData(2026, 10, 25, 25)]
    [InlineData(2026, 6, 1, 24)]
    public void Day_bounds_are_local_midnights(int year, int month, int day, int hours)
    {
        var (start, end) = ReportClock.DayBounds(new DateOnly(year, month, day), CentralEurope);

        Assert.Equal(new DateTime(year, month, day), TimeZoneInfo.ConvertTime(start, CentralEurope).DateTime);
        Assert.Equal(hours, (end - start).TotalHours);
    }

    [Fact]
    public void A_wall_clock_time_skipped_by_the_spring_gap_counts_as_just_after_it()
    {
        var instant = ReportClock.ToInstant(new DateTime(2026, 3, 29, 2, 30, 0), CentralEurope);

        Assert.Equal(new DateTimeOffset(2026, 3, 29, 1, 30, 0, TimeSpan.Zero), instant.ToUniversalTime());
    }
}
