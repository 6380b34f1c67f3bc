namespace Portal.Web.Components.Reports;

using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Http;

/// <summary>
/// Report filters in URLs: the page builds its CSV link with these and the CSV endpoints read them back, so both apply
/// exactly the same filter. Parameter names are the filter fields in camelCase; times are local wall-clock times.
/// </summary>
public static class ReportQuery
{
    public const int MaxTextLength = 100;
    private const string DateTimeFormat = "yyyy-MM-dd'T'HH:mm:ss";
    private const string DateFormat = "yyyy-MM-dd";
    private static readonly string[] DateTimeFormats = ["yyyy-MM-dd'T'HH:mm", DateTimeFormat, "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss"];

    /// <summary>"?from=…&amp;function=…" with the given (non-empty) values, or "" when there are none.</summary>
    public static string Build(params IEnumerable<(string Name, string? Value)> parameters) =>
        QueryString.Create(parameters.Where(p => !string.IsNullOrWhiteSpace(p.Value)).Select(p => KeyValuePair.Create<string, string?>(p.Name, p.Value!.Trim()))).ToString();

    public static string? Format(DateTime? value) => value?.ToString(DateTimeFormat, CultureInfo.InvariantCulture);

    public static string? Format(DateOnly? value) => value?.ToString(DateFormat, CultureInfo.InvariantCulture);

    public static string? Text(IQueryCollection query, string name, ICollection<ValidationResult> errors)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(errors);
        string? text = query[name];
        if (text?.Length > MaxTextLength)
        {
            errors.Add(new ValidationResult($"{name} is at most {MaxTextLength} characters.", [name]));
            return null;
        }

        return string.IsNullOrWhiteSpace(text) ? null : text.Trim();
    }

    /// <summary>A local date and time such as 2026-11-21T09:30 (seconds optional).</summary>
    public static DateTime? LocalDateTime(IQueryCollection query, string name, ICollection<ValidationResult> errors)
    {
        if (Text(query, name, errors) is not { } text)
        {
            return null;
        }

        if (DateTime.TryParseExact(text, DateTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var value))
        {
            return value;
        }

        errors.Add(new ValidationResult($"{name} must be a local date and time like 2026-11-21T09:30.", [name]));
        return null;
    }

    /// <summary>A date such as 2026-11-21.</summary>
    public static DateOnly? Date(IQueryCollection query, string name, ICollection<ValidationResult> errors)
    {
        if (Text(query, name, errors) is not { } text)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var value))
        {
            return value;
        }

        errors.Add(new ValidationResult($"{name} must be a date like 2026-11-21.", [name]));
        return null;
    }

    /// <summary>One of the enum's names, ignoring case (numbers are not names).</summary>
    public static TEnum? Choice<TEnum>(IQueryCollection query, string name, ICollection<ValidationResult> errors)
        where TEnum : struct, Enum
    {
        if (Text(query, name, errors) is not { } text)
        {
            return null;
        }

        if (!char.IsAsciiDigit(text[0]) && text[0] != '-' && Enum.TryParse<TEnum>(text, ignoreCase: true, out var value) && Enum.IsDefined(value))
        {
            return value;
        }

        errors.Add(new ValidationResult($"{name} must be one of {string.Join(", ", Enum.GetNames<TEnum>())}.", [name]));
        return null;
    }

    /// <summary>
    /// Runs the input's own validation (attributes and cross-field rules) after the parse errors; a parameter that
    /// did not parse keeps only its parse error (not also "Choose a day." for the value it could not read).
    /// </summary>
    public static bool IsValid(object input, List<ValidationResult> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var unreadable = errors.SelectMany(e => e.MemberNames).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var rules = new List<ValidationResult>();
        Validator.TryValidateObject(input, new ValidationContext(input), rules, validateAllProperties: true);
        errors.AddRange(rules.Where(r => !r.MemberNames.Any(unreadable.Contains)));
        return errors.Count == 0;
    }

    /// <summary>The errors keyed by query parameter name (camelCase), for a validation problem response.</summary>
    public static Dictionary<string, string[]> ByParameter(IEnumerable<ValidationResult> errors) =>
        errors.SelectMany(e => (e.MemberNames.Any() ? e.MemberNames : [""]).Select(m => (Name: CamelCase(m), Message: e.ErrorMessage ?? "")))
            .GroupBy(e => e.Name)
            .ToDictionary(g => g.Key, g => g.Select(e => e.Message).Distinct().ToArray());

    private static string CamelCase(string name) =>
        name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];

    /// <summary>A day as the midnight a date input shows, and back (the inputs edit DateTime; reports take days).</summary>
    public static DateTime? AsDateTime(DateOnly? day) => day?.ToDateTime(TimeOnly.MinValue);

    public static DateOnly? AsDate(DateTime? value) => value is { } v ? DateOnly.FromDateTime(v) : null;
}
