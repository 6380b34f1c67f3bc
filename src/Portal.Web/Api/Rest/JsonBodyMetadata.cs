namespace Portal.Web.Api.Rest;

using Microsoft.AspNetCore.Http.Metadata;

/// <summary>
/// Describes a <see cref="JsonBody{T}"/> to the OpenAPI document (a JSON body of <see cref="RequestType"/>) without
/// naming content types, so routing never answers a request with a missing or wrong Content-Type by itself: the
/// endpoint runs and answers with a problem.
/// </summary>
internal sealed record JsonBodyMetadata(Type RequestType, bool IsOptional) : IAcceptsMetadata
{
    public IReadOnlyList<string> ContentTypes { get; } = [];

    Type? IAcceptsMetadata.RequestType => RequestType;
}
