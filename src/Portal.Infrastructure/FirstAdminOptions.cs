namespace Portal.Infrastructure;

/// <summary>
/// The <c>Portal:FirstAdmin</c> section: the admin created at start-up when the database has none, so a production
/// install (no demo data) can be signed in to. Give the password through the environment
/// (<c>Portal__FirstAdmin__Password</c>), never in a file; change it after the first sign-in.
/// </summary>
public sealed class FirstAdminOptions
{
    public string UserName { get; set; } = "";
    public string Password { get; set; } = "";
}
