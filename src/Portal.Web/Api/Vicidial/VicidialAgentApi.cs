namespace Portal.Web.Api.Vicidial;

/// <summary>The drop-in VICIdial Agent API: <c>/agc/api.php</c>, GET or POST, plain-text lines.</summary>
public static class VicidialAgentApi
{
    public static RouteGroupBuilder MapVicidialAgentApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/agc").WithTags("VICIdial Agent API");
        group.MapMethods("/api.php", [HttpMethods.Get, HttpMethods.Post], HandleAsync)
            .WithName("VicidialAgentApi")
            .WithSummary("VICIdial-compatible Agent API: the same parameters and response lines as agc/api.php.")
            .DisableAntiforgery()
            .AllowAnonymous();
        return group;
    }

    private static async Task HandleAsync(HttpContext context, VicidialApiHandler handler)
    {
        var reply = await handler.HandleAsync(context);
        var response = context.Response;
        response.StatusCode = reply.StatusCode;
        response.ContentType = reply.ContentType;
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.CacheControl = "no-cache, must-revalidate";
        response.Headers.Pragma = "no-cache";
        await response.WriteAsync(reply.Body);
    }
}
