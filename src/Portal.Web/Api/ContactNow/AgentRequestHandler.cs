namespace Portal.Web.Api.ContactNow;

using Microsoft.Extensions.Options;
using Portal.Infrastructure.Integrations.ContactNow;
using Portal.Infrastructure.Sessions;
using Portal.Infrastructure.Supervision;

/// <summary>
/// /agent.php: checks the token (and the address it is used from), the action and the caller's right to it, the
/// agent and the caller's scope over them, then runs the action through the same services as the agent screen.
/// </summary>
internal sealed class AgentRequestHandler(
    ContactNowTokenService tokens,
    AgentDirectory agents,
    SessionRuntime sessions,
    IOptions<ContactNowOptions> options,
    IEnumerable<IAgentAction> actions)
{
    private readonly Dictionary<string, IAgentAction> _actions = actions.ToDictionary(a => a.Name, StringComparer.Ordinal);

    public async Task HandleAsync(ContactNowExchange exchange, HttpContext context)
    {
        var p = exchange.Parameters;
        var reply = exchange.Reply;
        exchange.Action = p["action"];
        exchange.AgentUser = p["agentid"];
        exchange.Value = p["qid"].Length > 0 ? $"{p["data"]}|{p["qid"]}" : p["data"];

        var check = await tokens.CheckAsync(p.Secret("token"), context.Connection.RemoteIpAddress, context.RequestAborted);
        if (!check.IsValid)
        {
            exchange.User = check.Holder?.Caller.UserName ?? "";
            reply.Fail(check.Error!);
            if (check.Error == ContactNowErrors.ExpiredToken)
            {
                // ContactNow's wrapper fetches a new token when it reads "Expired token" with expire -1.
                reply.Expire = -1;
            }

            return;
        }

        var caller = check.Holder!.Caller;
        exchange.User = caller.UserName;
        reply.AccountId = options.Value.AccountId;
        if (await CheckAsync(exchange, caller) is not { } call)
        {
            return;
        }

        var result = await _actions[exchange.Action].RunAsync(call);
        if (result.Succeeded)
        {
            reply.Succeed(result.Key);
            reply.Total = 1;
            exchange.Data = result.Key ?? "";
        }
        else
        {
            reply.Fail(result.Error!);
        }
    }

    /// <summary>The action, the caller's right to it, the agent and the caller's scope; null (and the reply) when one fails.</summary>
    private async Task<AgentActionCall?> CheckAsync(ContactNowExchange exchange, ApiCaller caller)
    {
        var reply = exchange.Reply;
        if (exchange.Action.Length == 0)
        {
            reply.Fail($"action is required: {string.Join(", ", _actions.Keys.Order(StringComparer.Ordinal))}");
            return null;
        }

        if (!_actions.TryGetValue(exchange.Action, out var action))
        {
            reply.Fail($"unknown action {Echo.Of(exchange.Action)}");
            return null;
        }

        if (!caller.Permissions.Allows(action.Permission))
        {
            reply.Fail($"user {caller.UserName} may not use {action.Name} (it needs the agent API function {action.Permission})");
            return null;
        }

        var agentUser = exchange.AgentUser;
        if (agentUser.Length == 0)
        {
            reply.Fail("agentid is required");
            return null;
        }

        if (await agents.FindAsync(agentUser) is null)
        {
            reply.Fail($"unknown agent {Echo.Of(agentUser)}");
            return null;
        }

        if (!caller.Scope.AllowsAgent(agentUser))
        {
            reply.Fail($"agent {agentUser} is not in a user group you may control");
            return null;
        }

        var session = sessions.Find(agentUser);
        if (action.NeedsSession && session is null)
        {
            reply.Fail($"agent {agentUser} is not logged in");
            return null;
        }

        if (session is not null && !caller.Scope.Allows(session.CampaignId))
        {
            reply.Fail($"agent {agentUser} works in campaign {session.CampaignId}, which your user group may not control");
            return null;
        }

        return new AgentActionCall(exchange.Parameters, caller, agentUser, session);
    }
}
