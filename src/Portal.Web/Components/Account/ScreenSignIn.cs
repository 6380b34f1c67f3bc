namespace Portal.Web.Components.Account;

using Microsoft.AspNetCore.Identity;
using Portal.Infrastructure.Identity;

/// <summary>
/// The login page's rule, with the agent APIs' lock-out (<see cref="SignInThrottle"/>): per user and address, throttled
/// per address (HTTP 429). Unknown, wrong-password and locked-out users read the same words and cost the same hash
/// check; an API-only or inactive account is named only to someone who knows its password.
/// </summary>
public sealed class ScreenSignIn(SignInManager<PortalUser> signIn, SignInThrottle throttle)
{
    public const string WrongCredentials = "Wrong username or password.";
    public const string Locked = "Too many failed attempts: sign-in is locked for 15 minutes.";
    public const string Throttled = "Too many failed sign-ins from your address: try again in a few minutes.";

    private string? _dummyHash;

    /// <summary>Signs the user in (sets the cookie) and answers null, or answers why not.</summary>
    public async Task<string?> SignInAsync(string userName, string password, HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var address = http.Connection.RemoteIpAddress;
        switch (throttle.Check(userName, address))
        {
            case SignInGate.AddressThrottled:
                http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                return Throttled;
            case SignInGate.UserLocked:
                return Locked;
        }

        var users = signIn.UserManager;
        var user = await users.FindByNameAsync(userName);
        if (user is null || user.ApiOnly || !user.Active)
        {
            var known = user is not null && await users.CheckPasswordAsync(user, password);
            if (user is null)
            {
                VerifyAgainstDummy(password);
            }

            // The screens are a surface an API-only user may not use: their failures count against the address only.
            throttle.Failed(userName, address, countsForUser: user is not { ApiOnly: true });
            return !known ? WrongCredentials
                : user!.ApiOnly ? "This is an API-only account; it cannot sign in to the screens."
                : "This account is not active.";
        }

        var result = await signIn.PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: false);
        if (result.IsLockedOut)
        {
            return Locked;
        }

        if (!result.Succeeded)
        {
            throttle.Failed(userName, address);
            return WrongCredentials;
        }

        throttle.Succeeded(userName, address);
        return null;
    }

    /// <summary>An unknown user costs the same PBKDF2 check as a known one, so timing does not tell them apart.</summary>
    private void VerifyAgainstDummy(string password)
    {
        var hasher = signIn.UserManager.PasswordHasher;
        _dummyHash ??= hasher.HashPassword(new PortalUser(), Guid.NewGuid().ToString("N"));
        hasher.VerifyHashedPassword(new PortalUser(), _dummyHash, password);
    }
}
