namespace Portal.Web;

using Microsoft.AspNetCore.Diagnostics;
using Portal.Web.Api.ContactNow;
using Portal.Web.Api.Rest;
using Portal.Web.Api.Vicidial;
using Portal.Web.Components;
using Portal.Web.Endpoints;
using Portal.Web.Events;
using Portal.Web.Operations;
using Portal.Web.Security;

public static class WebPipeline
{
    public static WebApplication UsePortalPipeline(this WebApplication app)
    {
        // Before routing: the client address and scheme come from trusted proxies, and //agc/api.php must route.
        app.UsePortalSecurity();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error", createScopeForErrors: true);
        }

        // A browser that asks for a page that does not exist gets the "Page not found" page; API callers keep
        // their own empty or problem+json answers. (Not UseWhen: a branch loses the global router re-execution needs.)
        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        app.Use(OnlyPageRequestsGetStatusPages);
        app.UseCommandSources();
        app.UseRouting();
        app.UseRequestLocalization();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        return app;
    }

    private static Task OnlyPageRequestsGetStatusPages(HttpContext context, RequestDelegate next)
    {
        var asksForAPage = HttpMethods.IsGet(context.Request.Method)
            && context.Request.Headers.Accept.Any(accept => accept?.Contains("text/html", StringComparison.OrdinalIgnoreCase) == true);
        if (!asksForAPage && context.Features.Get<IStatusCodePagesFeature>() is { } statusPages)
        {
            statusPages.Enabled = false;
        }

        return next(context);
    }

    public static WebApplication MapPortalEndpoints(this WebApplication app)
    {
        app.MapStaticAssets();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        app.MapAccountEndpoints();
        app.MapVicidialAgentApi();
        app.MapContactNowApi();
        app.MapReportEndpoints();
        app.MapLiveEvents();
        app.MapRestApi();
        app.MapOperations();
        return app;
    }
}
