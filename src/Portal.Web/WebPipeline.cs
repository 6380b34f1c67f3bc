namespace Portal.Web;

using Portal.Web.Api.ContactNow;
using Portal.Web.Api.Rest;
using Portal.Web.Api.Vicidial;
using Portal.Web.Components;
using Portal.Web.Endpoints;
using Portal.Web.Events;

public static class WebPipeline
{
    public static WebApplication UsePortalPipeline(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error", createScopeForErrors: true);
        }

        // A browser that asks for a page that does not exist gets the "Page not found" page; API callers keep
        // their own empty or problem+json answers.
        app.UseWhen(AsksForAPage, page => page.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true));
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        return app;
    }

    private static bool AsksForAPage(HttpContext context) =>
        HttpMethods.IsGet(context.Request.Method)
        && context.Request.Headers.Accept.Any(accept => accept?.Contains("text/html", StringComparison.OrdinalIgnoreCase) == true);

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
        app.MapHealthChecks("/healthz");
        return app;
    }
}
