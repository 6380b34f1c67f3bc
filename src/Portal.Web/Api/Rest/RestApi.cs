namespace Portal.Web.Api.Rest;

using Portal.Web.Api.Rest.Agents;
using Portal.Web.Api.Rest.Audit;
using Portal.Web.Api.Rest.Callbacks;
using Portal.Web.Api.Rest.Leads;

/// <summary>
/// The REST API for new integrations: <c>/api/v1</c>, JSON in and out, RFC 7807 problems, API keys as bearer tokens,
/// every call audited; its OpenAPI document at <c>/openapi/v1.json</c> and a reference page at <c>/api/reference</c>.
/// </summary>
public static class RestApi
{
    public const string Prefix = "/api/v1";

    public static RouteGroupBuilder MapRestApi(this IEndpointRouteBuilder routes)
    {
        ArgumentNullException.ThrowIfNull(routes);
        var api = routes.MapGroup(Prefix)
            .RequireAuthorization(RestApiServices.Policy)
            .AddEndpointFilter<RestCallFilter>()
            .DisableAntiforgery()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status500InternalServerError);
        api.MapAgentsEndpoints();
        api.MapCallbacksEndpoints();
        api.MapLeadsEndpoints();
        api.MapAuditEndpoints();
        api.MapFallback("{**path}", UnknownEndpoint).WithMetadata(new RestFunction(RestFunctions.Unknown)).ExcludeFromDescription();

        routes.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        routes.MapGet("/api/reference", ApiReferencePage.Serve).WithName("ApiReference").ExcludeFromDescription().AllowAnonymous();
        return api;
    }

    /// <summary>A path or method the API does not have (also a lead or callback id that is not a number).</summary>
    private static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult UnknownEndpoint(HttpContext context) =>
        RestProblems.NotFound($"There is no {context.Request.Method} {context.Request.Path}; the endpoints are listed at /openapi/v1.json and /api/reference.");
}
