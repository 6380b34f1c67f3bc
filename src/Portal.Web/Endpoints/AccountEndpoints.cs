namespace Portal.Web.Endpoints;

using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Portal.Domain.Sessions;
using Portal.Infrastructure.Agents;
using Portal.Infrastructure.Identity;

/// <summary>Cookie sign-out and the language cookie for the screens (sign-in is the static login page).</summary>
public static class AccountEndpoints
{
    public static RouteGroupBuilder MapAccountEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/account").WithTags("Account");
        group.MapPost("/logout", SignOutAsync).WithName("SignOut").WithSummary("Signs the user out of the portal screens.");
        group.MapGet("/culture", SetCulture).WithName("SetCulture").WithSummary("Sets the screens' language cookie and returns.");
        return group;
    }

    /// <summary>A live campaign session is logged out first (after the call, if on one): nobody stays READY unseen.</summary>
    private static async Task<Results<RedirectHttpResult, BadRequest>> SignOutAsync(
        HttpContext context, IAntiforgery antiforgery, SignInManager<PortalUser> signIn, UserManager<PortalUser> users, AgentDesk desk)
    {
        if (!await antiforgery.IsRequestValidAsync(context))
        {
            return TypedResults.BadRequest();
        }

        if (context.User.Identity?.Name is { } agent && desk.Current(agent) is not null)
        {
            await desk.SendAsync(agent, new LogOut());
        }

        // A new security stamp kills this cookie everywhere it was copied, and every screen and hub connection it opened.
        if (await users.GetUserAsync(context.User) is { } user)
        {
            await users.UpdateSecurityStampAsync(user);
        }

        await signIn.SignOutAsync();
        return TypedResults.LocalRedirect("~/account/login");
    }

    /// <summary>Blazor circuits take their culture from this cookie; an empty culture goes back to the browser's.</summary>
    private static RedirectHttpResult SetCulture(HttpContext context, string? culture, string? returnUrl)
    {
        PortalCulture.Apply(context.Response, culture);
        return TypedResults.LocalRedirect(IsLocal(returnUrl) ? "~" + returnUrl : "~/");
    }

    private static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.Contains('\\', StringComparison.Ordinal);
}
