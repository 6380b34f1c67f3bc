namespace Portal.Domain.Sessions;

public static class PauseCodeRules
{
    /// <summary>Shown while an agent is paused right after login.</summary>
    public const string Login = "LOGIN";

    public const int MaxLength = 6;

    public static bool IsWellFormed(string? code) =>
        !string.IsNullOrEmpty(code)
        && code.Length <= MaxLength
        && code.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
