namespace Portal.Web.Api.Rest.Agents;

using Microsoft.AspNetCore.Http.HttpResults;
using Portal.Domain.Sessions;
using Portal.Infrastructure.AgentApi.Leads;
using Portal.Infrastructure.Agents;
using Portal.Infrastructure.Sessions;
using Portal.Web.Api.Rest.Agents.Requests;

/// <summary>
/// Commands that change an agent's availability: pause, resume, in-groups and logout. Each is the same session command
/// the agent's own buttons and the VICIdial API send (external_pause, change_ingroups, logout).
/// </summary>
public static class AgentStateCommandsApi
{
    public static RouteGroupBuilder MapAgentStateCommands(this RouteGroupBuilder agent)
    {
        ArgumentNullException.ThrowIfNull(agent);
        agent.MapPost("/pause", PauseAsync)
            .Describe(RestFunctions.Pause, "PauseAgent", "Pauses the agent now, or after the disposition when on a call (optionally with a pause code).", AgentsApi.Tag);
        agent.MapPost("/resume", ResumeAsync)
            .Describe(RestFunctions.Resume, "ResumeAgent", "Makes a paused agent READY; during wrap-up cancels a pending pause.", AgentsApi.Tag);
        agent.MapPost("/ingroups", ChangeInGroupsAsync)
            .Describe(RestFunctions.InGroups, "ChangeAgentInGroups", "Changes the in-groups the agent takes calls from, and blended.", AgentsApi.Tag);
        agent.MapPost("/logout", LogOutAsync)
            .Describe(RestFunctions.Logout, "LogOutAgent", "Logs the agent out now (204), or after the disposition when on a call (202).", AgentsApi.Tag);
        return agent;
    }

    private static async Task<Results<Ok<AgentDto>, ValidationProblem, ProblemHttpResult>> PauseAsync(
        string agentUser, JsonBody<PauseRequest>? body, RestCaller caller, SessionRuntime sessions, AgentDesk desk, AgentViews views)
    {
        var code = body?.Value?.PauseCode;
        caller.AuditValue = code is null ? "PAUSE" : $"PAUSE {code}";
        if (code is not null && sessions.Find(agentUser) is { } session)
        {
            var codes = await desk.PauseCodesForAsync(session.CampaignId);
            if (!PauseCodeRules.IsWellFormed(code) || codes.All(c => c.Code != code))
            {
                var choices = codes.Count == 0 ? "it has none" : $"use one of: {string.Join(", ", codes.Select(c => c.Code))}";
                return RestProblems.Invalid("pauseCode", $"{code} is not a pause code of campaign {session.CampaignId}; {choices}.");
            }
        }

        return await views.AfterAsync(agentUser, await sessions.SendAsync(agentUser, new Pause(code)));
    }

    private static async Task<Results<Ok<AgentDto>, ValidationProblem, ProblemHttpResult>> ResumeAsync(
        string agentUser, RestCaller caller, SessionRuntime sessions, AgentViews views)
    {
        caller.AuditValue = "RESUME";
        return await views.AfterAsync(agentUser, await sessions.SendAsync(agentUser, new GoReady()));
    }

    private static async Task<Results<Ok<AgentDto>, ValidationProblem, ProblemHttpResult>> ChangeInGroupsAsync(
        string agentUser, JsonBody<InGroupsRequest> body, RestCaller caller, SessionRuntime sessions, AgentInGroupChanges changes, AgentViews views)
    {
        var request = body.Value!;
        var groups = request.InGroups ?? [];
        caller.AuditValue = $"{request.Mode.ToString().ToUpperInvariant()} {string.Join(' ', groups)}".TrimEnd();
        if (groups.Any(string.IsNullOrWhiteSpace))
        {
            return RestProblems.Invalid("inGroups", "In-group ids cannot be empty.");
        }

        var blended = request.Blended ?? sessions.Find(agentUser)?.Blended ?? false;
        var outcome = await changes.ChangeAsync(new InGroupChangeRequest(caller.UserName, agentUser, request.Mode, [.. groups.Distinct()], blended, request.SetAsDefault));
        return outcome.Problem switch
        {
            null => await views.CurrentAsync(agentUser),
            InGroupChangeProblem.NotLoggedIn => RestProblems.AgentNotLoggedIn(agentUser),
            InGroupChangeProblem.ChangeNotAllowed => RestProblems.Forbidden($"User {caller.UserName} may not change agents' in-groups."),
            InGroupChangeProblem.CampaignNotInbound => RestProblems.Conflict("The agent's campaign does not allow inbound calls."),
            InGroupChangeProblem.BlendedNeedsAutoDial => RestProblems.Conflict("The agent's campaign does not auto-dial, so the agent cannot be blended."),
            InGroupChangeProblem.UnknownInGroup => RestProblems.Invalid("inGroups", $"In-group {outcome.InGroup} does not exist."),
            InGroupChangeProblem.InGroupNotInCampaign => RestProblems.Invalid("inGroups", $"In-group {outcome.InGroup} is not an active in-group of the agent's campaign."),
            InGroupChangeProblem.InGroupsRequired => RestProblems.Invalid("inGroups", "Add and Remove need at least one in-group."),
            _ => RestProblems.Refused(agentUser, outcome.Refusal?.Reason ?? "The change was refused."),
        };
    }

    private static async Task<Results<NoContent, Accepted<AgentDto>, ProblemHttpResult>> LogOutAsync(
        string agentUser, RestCaller caller, SessionRuntime sessions, AgentViews views)
    {
        caller.AuditValue = "LOGOUT";
        var outcome = await sessions.SendAsync(agentUser, new LogOut());
        if (!outcome.IsAccepted)
        {
            return RestProblems.Refused(agentUser, outcome.Refusal!);
        }

        return outcome.Session is { State: not AgentState.LoggedOut } session
            ? TypedResults.Accepted($"/api/v1/agents/{Uri.EscapeDataString(agentUser)}", await views.ViewAsync(session))
            : TypedResults.NoContent();
    }
}
