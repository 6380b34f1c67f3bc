namespace Portal.Web.Api.Rest;

/// <summary>The metadata every REST endpoint carries: its function, name, summary and tag.</summary>
internal static class RestEndpointConventions
{
    public static RouteHandlerBuilder Describe(this RouteHandlerBuilder endpoint, string function, string name, string summary, string tag) =>
        endpoint.WithMetadata(new RestFunction(function)).WithName(name).WithSummary(summary).WithTags(tag);
}
