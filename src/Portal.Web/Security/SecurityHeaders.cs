namespace Portal.Web.Security;

/// <summary>
/// Headers on every response: the Content-Security-Policy, no MIME sniffing, no full URLs (which may carry a token)
/// in the Referer sent to other sites. HSTS is added separately and only over HTTPS.
/// </summary>
public static class SecurityHeaders
{
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use(AddAsync);

    private static Task AddAsync(HttpContext context, RequestDelegate next)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers.ContentSecurityPolicy = ContentSecurityPolicy.For(context);
            return Task.CompletedTask;
        });
        return next(context);
    }
}
