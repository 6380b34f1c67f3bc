namespace Portal.Web.Api.Rest;

using Microsoft.Extensions.FileProviders;

/// <summary>The human-readable API reference: a static page that renders /openapi/v1.json in the browser, offline.</summary>
internal static class ApiReferencePage
{
    public const string AssetPath = "assets/api-reference.html";

    public static IResult Serve(IWebHostEnvironment environment) =>
        environment.WebRootFileProvider.GetFileInfo(AssetPath) is { Exists: true } page
            ? TypedResults.Stream(page.CreateReadStream(), "text/html; charset=utf-8")
            : TypedResults.NotFound();
}
