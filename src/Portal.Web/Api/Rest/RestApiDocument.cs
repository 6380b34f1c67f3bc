namespace Portal.Web.Api.Rest;

using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

/// <summary>
/// The OpenAPI document's title, description and tag descriptions, server addresses without a trailing slash (a client
/// generator joins them with paths that start with one), and the API key as a bearer security scheme required everywhere.
/// </summary>
internal sealed class RestApiDocument : IOpenApiDocumentTransformer
{
    public const string SchemeName = "ApiKey";

    private static readonly Dictionary<string, string> TagDescriptions = new(StringComparer.Ordinal)
    {
        ["Agents"] = "Live agent sessions: read them, and drive them as the agent's own screen would (pause, dial, transfer, park, record, disposition, log out).",
        ["Callbacks"] = "Scheduled callbacks: list, schedule and cancel them.",
        ["Leads"] = "Leads: read one, and change its fields.",
        ["Audit"] = "The audit log of every API call, as the caller's scope allows.",
    };

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
        foreach (var server in document.Servers ?? [])
        {
            server.Url = server.Url?.TrimEnd('/');
        }

        foreach (var tag in document.Tags ?? new HashSet<OpenApiTag>())
        {
            tag.Description ??= tag.Name is { } name ? TagDescriptions.GetValueOrDefault(name) : null;
        }

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
