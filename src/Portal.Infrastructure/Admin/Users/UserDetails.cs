namespace Portal.Infrastructure.Admin.Users;

using Portal.Domain.Users;

/// <summary>A user as the admin edits it.</summary>
public sealed record UserDetails(string UserName, UserSettings Settings, bool Active, bool LockedOut);
