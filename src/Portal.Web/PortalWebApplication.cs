namespace Portal.Web;

using Portal.Infrastructure;

/// <summary>Builds the whole portal: services, middleware and every endpoint.</summary>
public static class PortalWebApplication
{
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddInfrastructureServices();
        builder.AddWebServices();

        var app = builder.Build();
        app.UsePortalPipeline();
        app.MapPortalEndpoints();
        return app;
    }
}
