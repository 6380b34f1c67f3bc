namespace Portal.Web.Api.Rest;

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

/// <summary>
/// A REST call without a valid API key gets 401 with <c>WWW-Authenticate: Bearer</c> (RFC 6750) and a problem body,
/// and is audited; an address that sent too many invalid keys gets 429 with <c>Retry-After</c>; every other endpoint
/// keeps the default behaviour (sign-in redirects for the screens).
/// </summary>
internal sealed class RestChallenge(RestAudit audit, TimeProvider time) : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Succeeded || context.GetEndpoint()?.Metadata.GetMetadata<RestFunction>() is null)
        {
            await _default.HandleAsync(next, context, policy, authorizeResult);
            return;
        }

        var presented = context.Request.Headers.Authorization.Count > 0;
        var throttled = context.Items.ContainsKey(Keys.ApiKeyAuthentication.ThrottledItem);
        var (status, detail) = throttled
            ? (StatusCodes.Status429TooManyRequests, "Too many requests with an invalid API key came from this address; try again in a minute.")
            : authorizeResult.Challenged
            ? (StatusCodes.Status401Unauthorized, presented
                ? "The API key is not valid or has been revoked; send a current key as Authorization: Bearer pk_…."
                : "Send an API key in the header Authorization: Bearer pk_…. Admins create keys at /admin/api-keys.")
            : (StatusCodes.Status403Forbidden, "The API key may not use this endpoint.");
        if (throttled)
        {
            context.Response.Headers.RetryAfter = "60";
        }
        else if (status == StatusCodes.Status401Unauthorized)
        {
            context.Response.Headers.WWWAuthenticate = presented
                ? "Bearer realm=\"Portal\", error=\"invalid_token\", error_description=\"The API key is not valid or has been revoked\""
                : "Bearer realm=\"Portal\"";
        }

        var result = TypedResults.Problem(detail, statusCode: status);
        await audit.WriteAsync(context, caller: null, time.GetUtcNow(), TimeSpan.Zero, result);
        await result.ExecuteAsync(context);
    }
}
