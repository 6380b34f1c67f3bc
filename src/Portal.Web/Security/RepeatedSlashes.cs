namespace Portal.Web.Security;

/// <summary>
/// Merges repeated slashes in the request path, as Apache (which VICIdial runs on) does: PHP clients that build
/// <c>//agc/api.php</c> from a base URL ending in a slash reach the API instead of an empty 404.
/// </summary>
public static class RepeatedSlashes
{
    public static IApplicationBuilder UseMergedSlashes(this IApplicationBuilder app) => app.Use(MergeAsync);

    private static Task MergeAsync(HttpContext context, RequestDelegate next)
    {
        var path = context.Request.Path.Value;
        if (path is not null && path.Contains("//", StringComparison.Ordinal))
        {
            context.Request.Path = new PathString(Merge(path));
        }

        return next(context);
    }

    internal static string Merge(string path)
    {
        var merged = new System.Text.StringBuilder(path.Length);
        foreach (var c in path)
        {
            if (c != '/' || merged.Length == 0 || merged[^1] != '/')
            {
                merged.Append(c);
            }
        }

        return merged.ToString();
    }
}
