namespace Portal.Web.Api.Vicidial.Functions.Calls;

using System.Globalization;
using Portal.Domain.Callbacks;

/// <summary>external_status's callback parameters, read as the agent's disposition screen reads them.</summary>
internal static class ExternalStatusCallback
{
    /// <summary>VICIdial applies a callback when callback_datetime has more than 12 characters.</summary>
    public const int MinDateTimeLength = 13;

    public const string UserOnly = "USERONLY";

    // Dates at the ends of the calendar cannot carry a time-zone offset; no callback is due then anyway.
    private const int MinYear = 2;
    private const int MaxYear = 9998;
    public const string Anyone = "ANYONE";

    private static readonly string[] Formats =
    [
        "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mm", "yyyy-M-d H:m:s", "yyyy-M-d H:m",
    ];

    /// <summary>callback_type below 4 characters defaults to ANYONE, as VICIdial's API does.</summary>
    public static string TypeOrDefault(string callbackType) => callbackType.Length < 4 ? Anyone : callbackType;

    /// <summary>
    /// The callback, due at the wall-clock time given in Portal's time zone; null when the date does not exist, is not in
    /// the future, or the comments are too long. Only USERONLY keeps the callback to the agent; any other type is ANYONE.
    /// </summary>
    public static CallbackRequest? Read(string dateTime, string callbackType, string comments, TimeProvider time)
    {
        if (!DateTime.TryParseExact(dateTime.Trim(), Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var wallClock)
            || wallClock.Year is < MinYear or > MaxYear
            || time.LocalTimeZone.IsInvalidTime(wallClock))
        {
            return null;
        }

        var dueAt = new DateTimeOffset(wallClock, time.LocalTimeZone.GetUtcOffset(wallClock));
        if (CallbackRequest.Validate(dueAt, comments, time.GetUtcNow()) is not null)
        {
            return null;
        }

        return new CallbackRequest(dueAt, callbackType == UserOnly ? CallbackType.UserOnly : CallbackType.Anyone, comments);
    }
}
