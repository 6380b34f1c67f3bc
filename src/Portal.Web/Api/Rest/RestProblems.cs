namespace Portal.Web.Api.Rest;

using Microsoft.AspNetCore.Http.HttpResults;
using Portal.Domain.Sessions;
using Portal.Infrastructure.Calls;

/// <summary>The REST API's RFC 7807 answers; title and type follow the status code.</summary>
internal static class RestProblems
{
    public static ProblemHttpResult Forbidden(string detail) => TypedResults.Problem(detail, statusCode: StatusCodes.Status403Forbidden);

    public static ProblemHttpResult NotFound(string detail) => TypedResults.Problem(detail, statusCode: StatusCodes.Status404NotFound);

    /// <summary>A refused state transition: the session (or the call desk) said no, and why.</summary>
    public static ProblemHttpResult Conflict(string detail) => TypedResults.Problem(detail, statusCode: StatusCodes.Status409Conflict);

    public static ProblemHttpResult AgentNotLoggedIn(string agentUser) =>
        NotFound($"Agent {agentUser} is not logged in ({Refusal.NotLoggedIn.Reason}).");

    /// <summary>404 when the agent has no session (any more), otherwise 409 with the domain's reason.</summary>
    public static ProblemHttpResult Refused(string agentUser, string reason) =>
        reason == Refusal.NotLoggedIn.Reason ? AgentNotLoggedIn(agentUser) : Conflict(reason);

    public static ProblemHttpResult Refused(string agentUser, Refusal refusal) => Refused(agentUser, refusal.Reason);

    public static ProblemHttpResult Refused(string agentUser, DeskResult result) => Refused(agentUser, result.Error ?? "The action was refused.");

    public static ValidationProblem Invalid(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] });

    /// <summary>The database could not be reached: nothing was done; the caller may send the same request again.</summary>
    public static ProblemHttpResult DatabaseUnavailable() => TypedResults.Problem(
        "Portal's database is unavailable right now, so nothing was done. Send the request again in a few seconds.",
        statusCode: StatusCodes.Status503ServiceUnavailable,
        title: "Database unavailable");

    public static ProblemHttpResult Unexpected() => TypedResults.Problem(
        "Portal could not complete the request because of an unexpected error; it has been logged. Try again, and report it if it persists.",
        statusCode: StatusCodes.Status500InternalServerError);
}
