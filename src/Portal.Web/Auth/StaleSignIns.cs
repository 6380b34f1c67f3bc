namespace Portal.Web.Auth;

using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Portal.Infrastructure.Identity;

/// <summary>
/// Rejects a sign-in cookie on the first request after its user signed out, changed password or roles, or was
/// deactivated: every request checks the cookie's security stamp against <see cref="SignInCheck"/> (memory, no
/// database read per request). Identity's own stamp validator still runs after it to refresh the cookie.
/// </summary>
internal static class StaleSignIns
{
    public static void Reject(CookieAuthenticationOptions cookie)
    {
        var identityValidation = cookie.Events.OnValidatePrincipal;
        cookie.Events.OnValidatePrincipal = async context =>
        {
            var check = context.HttpContext.RequestServices.GetRequiredService<SignInCheck>();
            if (context.Principal is null || !await check.IsCurrentAsync(context.Principal, context.HttpContext.RequestAborted))
            {
                context.RejectPrincipal();
                await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
                return;
            }

            await identityValidation(context);
        };
    }
}
