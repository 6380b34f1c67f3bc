namespace Portal.Web.Api.Rest;

/// <summary>The human-readable API reference: a static page that renders /openapi/v1.json in the browser, offline.</summary>
internal static class ApiReferencePage
{
    public const string FileName = "api-reference.html";

    public static IResult Serve() =>
        TypedResults.PhysicalFile(Path.Combine(AppContext.BaseDirectory, "wwwroot-assets", FileName), "text/html; charset=utf-8");
}
