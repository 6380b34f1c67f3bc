namespace Portal.IntegrationTests.Admin;

using System.Security.Claims;

/// <summary>Who calls an admin service: the demo admin, a supervisor, an agent, or nobody signed in.</summary>
internal static class Callers
{
    public static readonly ClaimsPrincipal Admin = SignedIn("admin");
    public static readonly ClaimsPrincipal Supervisor = SignedIn("super");
    public static readonly ClaimsPrincipal Agent = SignedIn("1001");
    public static readonly ClaimsPrincipal Anonymous = new(new ClaimsIdentity());

    public static readonly TheoryData<string> NotAdmins = ["super", "1001", "api", ""];

    /// <summary>A signed-in user as the cookie presents them (the services read the role from the database, not from here).</summary>
    public static ClaimsPrincipal SignedIn(string userName) =>
        userName.Length == 0 ? Anonymous : new(new ClaimsIdentity([new Claim(ClaimTypes.Name, userName)], "Identity.Application"));
}
