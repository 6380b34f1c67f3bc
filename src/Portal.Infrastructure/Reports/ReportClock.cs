namespace Portal.Infrastructure.Reports;

/// <summary>
/// Report days and filter times are wall-clock times of the server's time zone (<see cref="TimeProvider.LocalTimeZone"/>,
/// i.e. the TZ of the Portal process): a "day" runs from local midnight to the next local midnight, 23 or 25 hours
/// long on daylight-saving days.
/// </summary>
public static class ReportClock
{
    /// <summary>The instant a local wall-clock time names; a time skipped by a spring-forward gap counts as just after the gap.</summary>
    public static DateTimeOffset ToInstant(DateTime localTime, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var wallClock = DateTime.SpecifyKind(localTime, DateTimeKind.Unspecified);
        // A gap moves the clock forward at most once a day, so the offset a day earlier is the one before the gap.
        var offset = zone.IsInvalidTime(wallClock) ? zone.GetUtcOffset(wallClock.AddDays(-1)) : zone.GetUtcOffset(wallClock);
        return new DateTimeOffset(wallClock, offset);
    }

    /// <summary>Local midnight at the start of <paramref name="day"/> and at the start of the next day.</summary>
    public static (DateTimeOffset Start, DateTimeOffset End) DayBounds(DateOnly day, TimeZoneInfo zone) =>
        (ToInstant(day.ToDateTime(TimeOnly.MinValue), zone), ToInstant(day.AddDays(1).ToDateTime(TimeOnly.MinValue), zone));

    public static DateOnly Today(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return DateOnly.FromDateTime(time.GetLocalNow().DateTime);
    }

    /// <summary>An instant as the server's local time with its offset, as reports print it: 2026-11-21T14:05:09+01:00.</summary>
    public static string Format(DateTimeOffset instant, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(instant, zone).ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture);
}
