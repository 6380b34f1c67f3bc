namespace Portal.Web.Api.Vicidial.Functions.Notifications;

using System.Globalization;
using System.Text.RegularExpressions;

/// <summary>
/// send_notification's notification_date: VICIdial accepts anything containing <c>Y-M-D H:M[:S]</c> (a 2–4 digit
/// year, one optional space before the time, not anchored), in the server's local time. Portal also refuses dates
/// that do not exist (month 13, 25:00), which VICIdial would hand to MySQL as they are.
/// </summary>
internal static partial class NotificationDate
{
    public static bool TryParse(string text, TimeZoneInfo zone, out DateTimeOffset due)
    {
        due = default;
        var match = Shape().Match(text);
        if (!match.Success)
        {
            return false;
        }

        var year = Number(match.Groups["year"].Value);
        if (match.Groups["year"].Length == 2)
        {
            year += year < 70 ? 2000 : 1900; // MySQL's reading of a two-digit year
        }

        var (month, day) = (Number(match.Groups["month"].Value), Number(match.Groups["day"].Value));
        var (hour, minute) = (Number(match.Groups["hour"].Value), Number(match.Groups["minute"].Value));
        var second = match.Groups["second"].Success ? Number(match.Groups["second"].Value) : 0;
        if (year is < 1 or > 9999 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)
            || hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        var local = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(local))
        {
            local = local.AddHours(1); // a time skipped by a daylight-saving change means the moment right after it
        }

        due = new DateTimeOffset(local, zone.GetUtcOffset(local));
        return true;
    }

    private static int Number(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"(?<year>\d{2,4})-(?<month>\d{1,2})-(?<day>\d{1,2}) ?(?<hour>\d{1,2}):(?<minute>\d{1,2})(?::(?<second>\d{1,2}))?", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
