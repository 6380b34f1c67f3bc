namespace Portal.Web.Api.Rest;

using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Portal.Infrastructure.Audit;

/// <summary>
/// Writes one audit row per REST call (ApiScript <c>rest</c>): the key's user, the function the endpoint stands for, the
/// agent, SUCCESS or ERROR with the problem's detail, the run time, the caller's address and the path — keys travel only
/// in the Authorization header, so the logged URL holds no secret.
/// </summary>
internal sealed class RestAudit(ApiAuditLog log)
{
    public const string ApiScript = "rest";

    /// <summary>Completes when the row is committed, so the reply goes out after it.</summary>
    public Task WriteAsync(HttpContext context, RestCaller? caller, DateTimeOffset started, TimeSpan runTime, object? result)
    {
        var (status, problem) = Inspect(result, context.Response.StatusCode);
        var endpoint = context.GetEndpoint();
        return log.WriteAsync(new ApiLogEntry
        {
            ApiDate = started,
            User = caller?.UserName ?? "",
            AgentUser = context.GetRouteValue("agentUser") as string ?? "",
            Function = endpoint?.Metadata.GetMetadata<RestFunction>()?.Name ?? RestFunctions.Unknown,
            Value = caller?.AuditValue ?? "",
            Result = status < 400 ? "SUCCESS" : "ERROR",
            ResultReason = problem is null ? "" : Reason(problem),
            Source = caller?.Key.KeyName ?? "",
            Data = $"{context.Request.Method} {status}{(caller?.AuditData is { Length: > 0 } data ? "|" + data : "")}",
            ApiScript = ApiScript,
            RunTimeSeconds = runTime.TotalSeconds,
            RemoteIp = context.Connection.RemoteIpAddress?.ToString(),
            Url = $"{context.Request.PathBase}{context.Request.Path}{context.Request.QueryString}",
        });
    }

    /// <summary>The status code a result will send, and its problem details when it is a problem.</summary>
    private static (int Status, ProblemDetails? Problem) Inspect(object? result, int responseStatus)
    {
        while (result is INestedHttpResult nested)
        {
            result = nested.Result;
        }

        return result switch
        {
            ProblemHttpResult problem => (problem.StatusCode, problem.ProblemDetails),
            ValidationProblem validation => (validation.StatusCode, validation.ProblemDetails),
            IStatusCodeHttpResult { StatusCode: { } code } => (code, null),
            _ => (responseStatus, null),
        };
    }

    private static string Reason(ProblemDetails problem)
    {
        var reason = problem is HttpValidationProblemDetails { Errors.Count: > 0 } validation
            ? string.Join("; ", validation.Errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}"))
            : problem.Detail ?? problem.Title ?? "";
        return reason.Length > 255 ? reason[..255] : reason;
    }
}
