namespace Portal.Web.Api.Rest.Agents;

using Microsoft.AspNetCore.Http.HttpResults;
using Portal.Domain.Sessions;
using Portal.Infrastructure.Calls;
using Portal.Infrastructure.Sessions;
using Portal.Infrastructure.Supervision;

/// <summary>Turns sessions and command outcomes into REST answers: the agent as they are now, or the problem.</summary>
public sealed class AgentViews(SessionRuntime sessions, AgentDirectory directory)
{
    public async Task<AgentDto> ViewAsync(SessionSnapshot session) =>
        AgentDto.From(session, await directory.FindAsync(session.AgentUser));

    /// <summary>The agent after a command sent to their session, or why it was refused.</summary>
    public async Task<Results<Ok<AgentDto>, ValidationProblem, ProblemHttpResult>> AfterAsync(string agentUser, CommandOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        if (!outcome.IsAccepted)
        {
            return RestProblems.Refused(agentUser, outcome.Refusal!);
        }

        return outcome.Session is { State: not AgentState.LoggedOut } session
            ? TypedResults.Ok(await ViewAsync(session))
            : RestProblems.AgentNotLoggedIn(agentUser);
    }

    /// <summary>The agent as they are now, or 404 when they have logged out.</summary>
    public Task<Results<Ok<AgentDto>, ValidationProblem, ProblemHttpResult>> CurrentAsync(string agentUser) => AfterAsync(agentUser, DeskResult.Ok);

    /// <summary>The agent after a call-desk or call-control action, or why it was refused.</summary>
    public async Task<Results<Ok<AgentDto>, ValidationProblem, ProblemHttpResult>> AfterAsync(string agentUser, DeskResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (!result.Succeeded)
        {
            return RestProblems.Refused(agentUser, result);
        }

        return sessions.Find(agentUser) is { } session ? TypedResults.Ok(await ViewAsync(session)) : RestProblems.AgentNotLoggedIn(agentUser);
    }
}
