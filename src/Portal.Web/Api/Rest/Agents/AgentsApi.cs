namespace Portal.Web.Api.Rest.Agents;

using Microsoft.AspNetCore.Http.HttpResults;
using Portal.Infrastructure.Sessions;
using Portal.Infrastructure.Supervision;

/// <summary>/api/v1/agents: the live agent sessions the key's user may see, and the commands that drive them.</summary>
public static class AgentsApi
{
    public const string Tag = "Agents";

    public static RouteGroupBuilder MapAgentsEndpoints(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var agents = api.MapGroup("/agents");
        agents.MapGet("/", ListAsync)
            .Describe(RestFunctions.ListAgents, "ListAgents", "Lists the live agent sessions in the campaigns and user groups the key's user may see.", Tag);
        agents.MapGet("/{agentUser}", GetAsync)
            .Describe(RestFunctions.GetAgent, "GetAgent", "Shows one live agent session: state, pause code, call, in-groups and pending intents.", Tag)
            .ProducesProblem(StatusCodes.Status404NotFound);

        // Commands: the agent must be logged in (404) and within the key user's scope (403), checked by RestCallFilter.
        var agent = agents.MapGroup("/{agentUser}")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        agent.MapAgentStateCommands();
        agent.MapAgentCallCommands();
        agent.MapAgentDial();
        agent.MapAgentCallControls();
        agent.MapAgentNotify();
        return agents;
    }

    private static async Task<Ok<IReadOnlyList<AgentDto>>> ListAsync(RestCaller caller, LiveSessionBoard board, AgentViews views)
    {
        var visible = board.Visible(await caller.ScopeAsync());
        caller.AuditData = $"{visible.Count} agents";
        var list = new List<AgentDto>(visible.Count);
        foreach (var session in visible)
        {
            list.Add(await views.ViewAsync(session));
        }

        return TypedResults.Ok<IReadOnlyList<AgentDto>>(list);
    }

    /// <summary>The agent's presence and scope are checked before this runs (<see cref="RestCallFilter"/>).</summary>
    private static async Task<Results<Ok<AgentDto>, ProblemHttpResult>> GetAsync(string agentUser, SessionRuntime sessions, AgentViews views) =>
        sessions.Find(agentUser) is { } session ? TypedResults.Ok(await views.ViewAsync(session)) : RestProblems.AgentNotLoggedIn(agentUser);
}
