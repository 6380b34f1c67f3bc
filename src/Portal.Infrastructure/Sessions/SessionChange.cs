namespace Portal.Infrastructure.Sessions;

using Portal.Domain.Sessions;

/// <summary>What the bus carries: the session after a change and the events that made it.</summary>
public sealed record SessionChange(SessionSnapshot Session, IReadOnlyList<AgentEvent> Events)
{
    public bool EndedSession => Session.State == AgentState.LoggedOut;
}
