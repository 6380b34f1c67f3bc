namespace Portal.Web.Endpoints;

using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Portal.Infrastructure.Identity;

/// <summary>Cookie sign-out for the screens (sign-in is the static login page).</summary>
public static class AccountEndpoints
{
    public static RouteGroupBuilder MapAccountEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/account").WithTags("Account");
        group.MapPost("/logout", SignOutAsync).WithName("SignOut").WithSummary("Signs the user out of the portal screens.");
        return group;
    }

    private static async Task<Results<RedirectHttpResult, BadRequest>> SignOutAsync(
        HttpContext context, IAntiforgery antiforgery, SignInManager<PortalUser> signIn, UserManager<PortalUser> users)
    {
        if (!await antiforgery.IsRequestValidAsync(context))
        {
            return TypedResults.BadRequest();
        }

        // A new security stamp kills this cookie everywhere it was copied, and every screen and hub connection it opened.
        if (await users.GetUserAsync(context.User) is { } user)
        {
            await users.UpdateSecurityStampAsync(user);
        }

        await signIn.SignOutAsync();
        return TypedResults.LocalRedirect("~/account/login");
    }
}
