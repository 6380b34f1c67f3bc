namespace Portal.Web.Api.Rest;

using Microsoft.AspNetCore.Authorization;
using Portal.Web.Api.Keys;
using Portal.Web.Api.Rest.Agents;

/// <summary>The REST API's services: problem details, its authorization policy and challenge, the OpenAPI document.</summary>
internal static class RestApiServices
{
    /// <summary>Authenticated with an API key, and only with one (a signed-in browser's cookie does not count).</summary>
    public const string Policy = "RestApi";

    public const string DocumentName = "v1";

    public static IServiceCollection AddRestApi(this IServiceCollection services)
    {
        services.AddProblemDetails();
        services.AddAuthorizationBuilder().AddPolicy(Policy, policy => policy
            .AddAuthenticationSchemes(ApiKeyAuthentication.Scheme)
            .RequireAuthenticatedUser());
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, RestChallenge>();
        services.AddSingleton<RestAudit>();
        services.AddSingleton<RestCallFilter>();
        services.AddSingleton<AgentViews>();
        services.AddOpenApi(DocumentName, options =>
        {
            options.ShouldInclude = description => description.RelativePath?.StartsWith("api/v1/", StringComparison.Ordinal) == true;
            options.AddDocumentTransformer<RestApiDocument>();
            options.AddSchemaTransformer<RestEnumSchemas>();
        });
        return services;
    }
}
