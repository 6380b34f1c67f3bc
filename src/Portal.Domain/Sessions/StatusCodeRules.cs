namespace Portal.Domain.Sessions;

public static class StatusCodeRules
{
    public const int MaxLength = 6;

    public static bool IsWellFormed(string? code) =>
        !string.IsNullOrEmpty(code)
        && code.Length <= MaxLength
        && code.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
