namespace Portal.Web.Api.Rest;

using System.Diagnostics;
using Microsoft.AspNetCore.Http.HttpResults;
using Portal.Infrastructure.Data;
using Portal.Infrastructure.Integrations;
using Portal.Infrastructure.Sessions;

/// <summary>
/// Runs around every REST endpoint: refuses what the key's user may not do (agent-API access, the endpoint's function,
/// an agent outside their campaigns or user groups), sends a body that could not be read back as a problem, turns an
/// unexpected exception into a problem instead of an error page, and audits the call whatever its outcome.
/// </summary>
internal sealed class RestCallFilter(SessionRuntime sessions, RestAudit audit, TimeProvider time, ILogger<RestCallFilter> logger) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var started = time.GetUtcNow();
        var clock = Stopwatch.StartNew();
        var caller = RestCaller.Of(http);
        object? result;
        try
        {
            result = await RefusalAsync(context, caller) ?? await next(context);
        }
        catch (Exception ex) when (DatabaseOutage.Caused(ex))
        {
            logger.LogWarning("REST call {Method} {Path} answered 503: the database is unavailable ({Problem})", http.Request.Method, http.Request.Path, ex.Message);
            http.Response.Headers.RetryAfter = "5";
            result = RestProblems.DatabaseUnavailable();
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !http.RequestAborted.IsCancellationRequested)
        {
            logger.LogError(ex, "REST call {Method} {Path} failed", http.Request.Method, http.Request.Path);
            result = RestProblems.Unexpected();
        }

        if (result is null or EmptyHttpResult && http.Response.StatusCode == StatusCodes.Status400BadRequest)
        {
            // A value the framework could not bind (the API binds bodies and query values itself, so this is rare).
            result = RestProblems.Invalid("request", "The request could not be read: check the path, the query values and the JSON body.");
        }

        await audit.WriteAsync(http, caller, started, clock.Elapsed, result);
        return result;
    }

    /// <summary>Why the call may not run, or null when it may.</summary>
    private async Task<IResult?> RefusalAsync(EndpointFilterInvocationContext context, RestCaller? caller)
    {
        if (caller is null)
        {
            return TypedResults.Problem("Send an API key in the header Authorization: Bearer pk_….", statusCode: StatusCodes.Status401Unauthorized);
        }

        var function = context.HttpContext.GetEndpoint()?.Metadata.GetMetadata<RestFunction>()?.Name;
        if (ApiKeyAccess.RefusalFor(caller.Key, function == RestFunctions.Unknown ? null : function) is { } refusal)
        {
            return RestProblems.Forbidden(refusal);
        }

        if (context.Arguments.OfType<IJsonBody>().FirstOrDefault(b => b.Rejection is not null) is { } body)
        {
            return body.Rejection;
        }

        if (context.HttpContext.GetRouteValue("agentUser") is string agentUser)
        {
            if (sessions.Find(agentUser) is not { } session)
            {
                return RestProblems.AgentNotLoggedIn(agentUser);
            }

            if (!(await caller.ScopeAsync()).Allows(session))
            {
                return RestProblems.Forbidden(
                    $"Agent {agentUser} works in campaign {session.CampaignId} or a user group that user {caller.UserName} may not reach.");
            }
        }

        return null;
    }
}
