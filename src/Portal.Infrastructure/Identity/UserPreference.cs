namespace Portal.Infrastructure.Identity;

/// <summary>A user's theme and language; <see cref="Language"/> null means the browser's.</summary>
public sealed record UserPreference(bool DarkTheme, string? Language);
