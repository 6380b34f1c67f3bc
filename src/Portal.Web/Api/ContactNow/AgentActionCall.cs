namespace Portal.Web.Api.ContactNow;

using Portal.Domain.Sessions;
using Portal.Infrastructure.Integrations.ContactNow;

/// <summary>An /agent.php action about to run: its arguments, the API caller, the agent and their live session.</summary>
internal sealed class AgentActionCall(ContactNowParameters parameters, ApiCaller caller, string agentUser, SessionSnapshot? session)
{
    public ContactNowParameters Parameters { get; } = parameters;

    public ApiCaller Caller { get; } = caller;

    public string AgentUser { get; } = agentUser;

    /// <summary>The agent's session when the action started; null only for agent_dial.</summary>
    public SessionSnapshot? Session { get; } = session;

    /// <summary>The contract's main argument: a number, a status code or a disposition, depending on the action.</summary>
    public string Data => Parameters["data"];

    /// <summary>The session, for actions that declare <see cref="IAgentAction.NeedsSession"/>.</summary>
    public SessionSnapshot LiveSession => Session ?? throw new InvalidOperationException("This action runs only for a logged-in agent.");
}
