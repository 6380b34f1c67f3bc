namespace Portal.Web.Api.Vicidial;

/// <summary>
/// VICIdial's parameter filtering (latin mode): disallowed characters are removed silently, never rejected.
/// The contract lists the kept characters per parameter (shared/seeds/vicidial-agent-api-contract.md §2.2).
/// </summary>
internal static class VicidialSanitizer
{
    /// <summary>user: first quotes, backslash, semicolon and space go, then A-Za-z0-9 - _.</summary>
    public static string User(string? raw) => Keep(StripQuotesAndSpace(raw), c => IsWord(c));

    /// <summary>pass: first quotes, backslash, semicolon and space go, then A-Za-z0-9 - . + / = _.</summary>
    public static string Pass(string? raw) => Keep(StripQuotesAndSpace(raw), c => IsWord(c) || c is '.' or '+' or '/' or '=');

    /// <summary>agent_user, function and similar: A-Za-z0-9 - _.</summary>
    public static string Word(string? raw) => Keep(raw, IsWord);

    /// <summary>value: A-Za-z0-9 - _ |.</summary>
    public static string Value(string? raw) => Keep(raw, c => IsWord(c) || c == '|');

    /// <summary>source, format, alt_user: A-Za-z0-9.</summary>
    public static string Alphanumeric(string? raw) => Keep(raw, char.IsAsciiLetterOrDigit);

    public static string Digits(string? raw) => Keep(raw, char.IsAsciiDigit);

    private static bool IsWord(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '_';

    private static string StripQuotesAndSpace(string? raw) => Keep(raw, c => c is not ('\'' or '"' or '\\' or ';' or ' '));

    private static string Keep(string? raw, Func<char, bool> allowed) =>
        string.IsNullOrEmpty(raw) ? "" : string.Concat(raw.Where(allowed));
}
