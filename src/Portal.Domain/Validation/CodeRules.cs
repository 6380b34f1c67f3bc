namespace Portal.Domain.Validation;

/// <summary>VICIdial-style identifiers: letters, digits, - and _, no spaces.</summary>
public static class CodeRules
{
    public static bool IsWellFormed(string? code, int minLength, int maxLength) =>
        code is not null
        && code.Length >= minLength
        && code.Length <= maxLength
        && code.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    /// <summary>A required display name: not blank and at most <paramref name="maxLength"/> characters.</summary>
    public static bool IsName(string? name, int maxLength) =>
        !string.IsNullOrWhiteSpace(name) && name.Trim().Length <= maxLength;

    /// <summary>Space-separated ids, split and de-duplicated in order.</summary>
    public static IReadOnlyList<string> SplitList(string? list) =>
        [.. (list ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal)];
}
