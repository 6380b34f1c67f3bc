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
    private string? _dummyHash;

    /// <summary>Signs the user in (sets the cookie), or answers why not; the page says it in the user's language.</summary>
    public async Task<ScreenSignInResult> SignInAsync(string userName, string password, HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var address = http.Connection.RemoteIpAddress;
        switch (throttle.Check(userName, address))
        {
            case SignInGate.AddressThrottled:
                http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                return ScreenSignInResult.Refused(ScreenSignInRefusal.Throttled);
            case SignInGate.UserLocked:
                return ScreenSignInResult.Refused(ScreenSignInRefusal.Locked);
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
            return ScreenSignInResult.Refused(
                !known ? ScreenSignInRefusal.WrongCredentials : user!.ApiOnly ? ScreenSignInRefusal.ApiOnly : ScreenSignInRefusal.Inactive);
        }

        var result = await signIn.PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: false);
        if (result.IsLockedOut)
        {
            return ScreenSignInResult.Refused(ScreenSignInRefusal.Locked);
        }

        if (!result.Succeeded)
        {
            throttle.Failed(userName, address);
            return ScreenSignInResult.Refused(ScreenSignInRefusal.WrongCredentials);
        }

        throttle.Succeeded(userName, address);
        return new ScreenSignInResult(null, user);
    }

    /// <summary>An unknown user costs the same PBKDF2 check as a known one, so timing does not tell them apart.</summary>
    private void VerifyAgainstDummy(string password)
    {
        var hasher = signIn.UserManager.PasswordHasher;
        _dummyHash ??= hasher.HashPassword(new PortalUser(), Guid.NewGuid().ToString("N"));
        hasher.VerifyHashedPassword(new PortalUser(), _dummyHash, password);
    }
}

/// <summary>Why the login page refused: unknown users, wrong passwords and locks read alike to whoever lacks the password.</summary>
public enum ScreenSignInRefusal
{
    WrongCredentials,
    Locked,
    Throttled,
    ApiOnly,
    Inactive,
}

/// <summary>The signed-in user, or why there is none.</summary>
public sealed record ScreenSignInResult(ScreenSignInRefusal? Refusal, PortalUser? User)
{
    public static ScreenSignInResult Refused(ScreenSignInRefusal refusal) => new(refusal, null);
}
