namespace Portal.Web.Api.Rest;

using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

/// <summary>The OpenAPI document's title and description, and the API key as a bearer security scheme required everywhere.</summary>
internal sealed class RestApiDocument : IOpenApiDocumentTransformer
{
    public const string SchemeName = "ApiKey";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.Info = new OpenApiInfo
        {
            Title = "Portal REST API",
            Version = "v1",
            Description = "Drive live agent sessions, read and change leads, schedule callbacks and read the audit log. "
                + "Authenticate every call with an API key (created by an admin at /admin/api-keys) in the header "
                + "Authorization: Bearer pk_… — never in the URL. Errors are RFC 7807 problem details. "
                + "Each endpoint counts as a VICIdial API function, which the key's user must be allowed to use.",
        };
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[SchemeName] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            BearerFormat = "pk_…",
            Description = "An API key, sent as Authorization: Bearer pk_…",
        };
        document.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SchemeName, document)] = [] }];
        return Task.CompletedTask;
    }
}
