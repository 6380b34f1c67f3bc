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

    /// <summary>
    /// <paramref name="raw"/> without the characters <paramref name="allowed"/> refuses: the string itself when it has
    /// none (the usual case, so an API call's parameters cost no copies), else a copy without them.
    /// </summary>
    private static string Keep(string? raw, Func<char, bool> allowed)
    {
        if (string.IsNullOrEmpty(raw))
        {
            return "";
        }

        var firstRefused = 0;
        while (firstRefused < raw.Length && allowed(raw[firstRefused]))
        {
            firstRefused++;
        }

        if (firstRefused == raw.Length)
        {
            return raw;
        }

        var kept = new System.Text.StringBuilder(raw.Length - 1).Append(raw, 0, firstRefused);
        for (var i = firstRefused + 1; i < raw.Length; i++)
        {
            if (allowed(raw[i]))
            {
                kept.Append(raw[i]);
            }
        }

        return kept.ToString();
    }
}
