namespace Portal.Web.Components.Reports;

using System.Globalization;

/// <summary>How report pages print durations and times.</summary>
public static class ReportFormat
{
    /// <summary>Whole seconds as h:mm:ss (0:00:00 for none), however many hours.</summary>
    public static string Duration(double seconds)
    {
        var total = (long)Math.Round(Math.Max(0, seconds));
        return string.Create(CultureInfo.InvariantCulture, $"{total / 3600}:{total / 60 % 60:D2}:{total % 60:D2}");
    }

    /// <summary>A moment as the server's local time: 2026-11-21 14:05:09.</summary>
    public static string Time(DateTimeOffset instant, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(instant, zone).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    /// <summary>The CSV link for a report page: the endpoint plus the filter as applied.</summary>
    public static string CsvLink(string report, string queryString) => $"reports/{report}.csv{queryString}";
}
