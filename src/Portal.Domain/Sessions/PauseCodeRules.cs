namespace Portal.Domain.Sessions;

public static class PauseCodeRules
{
    /// <summary>Shown while an agent is paused right after login.</summary>
    public const string Login = "LOGIN";

    /// <summary>
    /// VICIdial's LAGGED: Portal paused a READY agent whose last open desk has been gone for the campaign's grace period.
    /// </summary>
    public const string Lagged = "LAGGED";

    public const int MaxLength = 6;

    /// <summary>Codes Portal sets itself: admins may not create or deactivate them, agents are not offered them.</summary>
    public static readonly IReadOnlyList<string> SystemCodes = [Login, Lagged];

    public static bool IsSystem(string? code) => code is not null && SystemCodes.Contains(code, StringComparer.Ordinal);

    public static bool IsWellFormed(string? code) =>
        !string.IsNullOrEmpty(code)
        && code.Length <= MaxLength
        && code.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
