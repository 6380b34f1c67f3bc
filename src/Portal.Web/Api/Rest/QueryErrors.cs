namespace Portal.Web.Api.Rest;

using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;

/// <summary>
/// Reads query values the API binds itself (so a bad one is a validation problem naming it, never a bare 400), and
/// collects what is wrong with them.
/// </summary>
internal sealed class QueryErrors
{
    private readonly Dictionary<string, string[]> _errors = new(StringComparer.Ordinal);

    public DateTimeOffset? Time(string name, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time))
        {
            return time;
        }

        _errors[name] = ["Give a time as ISO 8601, e.g. 2026-11-21T09:00:00Z or 2026-11-21T10:00:00+01:00."];
        return null;
    }

    public int? Number(string name, string? value, int min, int max)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max)
        {
            return number;
        }

        _errors[name] = [$"Give a whole number from {min} to {max}."];
        return null;
    }

    public T? Enum<T>(string name, string? value)
        where T : struct, System.Enum
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (System.Enum.TryParse<T>(value, ignoreCase: true, out var parsed) && System.Enum.IsDefined(parsed) && !value.Any(char.IsAsciiDigit))
        {
            return parsed;
        }

        _errors[name] = [$"Give one of: {string.Join(", ", System.Enum.GetNames<T>().Select(n => n.ToUpperInvariant()))}."];
        return null;
    }

    /// <summary>A text filter: null when left out or blank, else trimmed.</summary>
    public static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    public ValidationProblem? Problem() => _errors.Count == 0 ? null : TypedResults.ValidationProblem(_errors);
}
