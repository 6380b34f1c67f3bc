namespace Portal.Web;

using Microsoft.AspNetCore.Diagnostics;
using Portal.Infrastructure.Data;
using Portal.Web.Api.Rest;
using Portal.Web.Api.Vicidial;

/// <summary>
/// The last safety net while the database is unavailable (<see cref="DatabaseOutage"/>): a request that failed on it
/// before its own surface could answer (an API key or sign-in looked up, a page's data read) is answered in the
/// caller's format, not with a 500: problem+json 503 under <c>/api</c>, VICIdial's <c>ERROR:</c> line on the Agent
/// API, a short 503 page elsewhere, each with Retry-After. The surfaces catch the outage themselves where they can
/// (and audit the call); this covers what runs before them.
/// </summary>
internal sealed class DatabaseOutageHandler(ILogger<DatabaseOutageHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (!DatabaseOutage.Caused(exception))
        {
            return false;
        }

        // The path asked for (the middleware may have set the request's to its error page's already).
        var path = new PathString(httpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? httpContext.Request.Path);
        logger.LogWarning("{Method} {Path} answered 'database unavailable' ({Problem})", httpContext.Request.Method, path, exception.Message);
        var response = httpContext.Response;
        response.Headers.RetryAfter = "5";
        if (path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            await RestProblems.DatabaseUnavailable().ExecuteAsync(httpContext);
        }
        else if (path.StartsWithSegments("/agc/api.php", StringComparison.OrdinalIgnoreCase))
        {
            // The same line the Agent API's own handler answers with; VICIdial's integrations read it from a 200.
            var reply = new VicidialReply();
            reply.DatabaseUnavailable();
            response.StatusCode = reply.StatusCode;
            response.ContentType = reply.ContentType;
            await response.WriteAsync(reply.Body, cancellationToken);
        }
        else
        {
            response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            response.ContentType = "text/plain; charset=utf-8";
            await response.WriteAsync("Portal's database is unavailable right now. Try again in a few seconds.\n", cancellationToken);
        }

        return true;
    }
}
