namespace Portal.Web.Api.Rest.Agents;

using Microsoft.AspNetCore.Http.HttpResults;
using Portal.Domain.Callbacks;
using Portal.Domain.Sessions;
using Portal.Infrastructure.AgentApi.Calls;
using Portal.Infrastructure.Calls;
using Portal.Infrastructure.Sessions;
using Portal.Web.Api.Rest.Agents.Requests;

/// <summary>
/// Commands that end and disposition calls: hang up and disposition, through the same call desk as the agent's
/// screen and the VICIdial API (external_hangup, external_status). Dialling is <see cref="AgentDialApi"/>.
/// </summary>
public static class AgentCallCommandsApi
{
    public static RouteGroupBuilder MapAgentCallCommands(this RouteGroupBuilder agent)
    {
        ArgumentNullException.ThrowIfNull(agent);
        agent.MapPost("/hangup", HangUpAsync)
            .Describe(RestFunctions.Hangup, "HangUpAgentCall", "Hangs up the agent's customer call; the agent goes to the disposition screen.", AgentsApi.Tag);
        agent.MapPost("/disposition", DispositionAsync)
            .Describe(
                RestFunctions.Disposition, "DispositionAgentCall",
                "Sets the status of the agent's call: at once on the disposition screen (200; 204 when the agent then logs out), or when the call reaches it (202).", AgentsApi.Tag);
        return agent;
    }

    private static async Task<Results<Ok<AgentDto>, ValidationProblem, ProblemHttpResult>> HangUpAsync(
        string agentUser, RestCaller caller, ICallDesk desk, AgentViews views)
    {
        caller.AuditValue = "HANGUP";
        return await views.AfterAsync(agentUser, await desk.HangUpAsync(agentUser, CallEndReason.ApiHangup));
    }

    private static async Task<Results<Ok<AgentDto>, Accepted<AgentDto>, NoContent, ValidationProblem, ProblemHttpResult>> DispositionAsync(
        string agentUser, JsonBody<DispositionRequest> body, RestCaller caller, SessionRuntime sessions, ICallDesk desk,
        PendingDispositions pending, AgentViews views, TimeProvider time)
    {
        var request = body.Value!;
        caller.AuditValue = request.Status ?? "";
        if (sessions.Find(agentUser) is not { } session)
        {
            return RestProblems.AgentNotLoggedIn(agentUser);
        }

        var status = (await desk.StatusesAsync(session.CampaignId)).FirstOrDefault(s => s.Code == request.Status);
        if (status is null)
        {
            return RestProblems.Invalid("status", $"'{request.Status}' is not a status the agent may choose in campaign {session.CampaignId}.");
        }

        CallbackRequest? callback = null;
        if (status.IsScheduledCallback)
        {
            if (request.Callback is not { DueAt: { } dueAt } asked)
            {
                return RestProblems.Invalid("callback.dueAt", $"{status.Code} schedules a callback: give callback.dueAt.");
            }

            if (CallbackRequest.Validate(dueAt, asked.Comments, time.GetUtcNow()) is { } problem)
            {
                return RestProblems.Invalid(dueAt <= time.GetUtcNow() ? "callback.dueAt" : "callback.comments", problem);
            }

            callback = new CallbackRequest(dueAt, asked.Type, asked.Comments ?? "");
        }
        else if (request.Callback is not null)
        {
            return RestProblems.Invalid("callback", $"{status.Code} is not a scheduled-callback status; leave callback out.");
        }

        var (result, waiting) = session.State switch
        {
            AgentState.Dispo => (await desk.DispositionAsync(agentUser, status.Code, request.PauseAfter, callback), false),
            AgentState.InCall or AgentState.Queue =>
                await pending.SetAsync(agentUser, new ApiDisposition(status.Code, callback, request.PauseAfter)) is { } applied ? (applied, false) : (DeskResult.Ok, true),
            _ => (DeskResult.Fail($"{Refusal.NotInDisposition.Reason}: the agent has no call to disposition."), false),
        };
        if (!result.Succeeded)
        {
            return RestProblems.Refused(agentUser, result);
        }

        caller.AuditData = waiting ? "pending until the disposition screen" : "applied";
        if (sessions.Find(agentUser) is not { } now)
        {
            return TypedResults.NoContent(); // dispositioned, and logged out as the agent had asked
        }

        return waiting
            ? TypedResults.Accepted($"/api/v1/agents/{Uri.EscapeDataString(agentUser)}", await views.ViewAsync(now))
            : TypedResults.Ok(await views.ViewAsync(now));
    }
}
