namespace Portal.Web;

using Microsoft.Extensions.FileProviders;
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

        app.UseStaticFiles(new StaticFileOptions
        {
            // wwwroot-assets/ at the repository root is copied next to the binaries at build time.
            FileProvider = new PhysicalFileProvider(Path.Combine(AppContext.BaseDirectory, "wwwroot-assets")),
            RequestPath = "/assets",
        });
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        return app;
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
        app.MapHealthChecks("/healthz");
        return app;
    }
}
