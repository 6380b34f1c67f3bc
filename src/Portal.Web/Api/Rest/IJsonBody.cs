namespace Portal.Web.Api.Rest;

/// <summary>A request body read by <see cref="JsonBody{T}"/>: the response to send instead when it could not be read.</summary>
internal interface IJsonBody
{
    IResult? Rejection { get; }
}
